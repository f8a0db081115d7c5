package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.RowProblem;

/**
 * Cleans some columns of a raw table as a query that a caller writes, with columns of its own, in
 * one statement: the same values and change codes as {@link Cleaner#clean}, without a table of
 * their own in row order to put beside the raw rows. Each row carries its position ({@link
 * CleanedTable#ROW}), so the rows need no order. Once the caller has written the query into a table
 * with the change codes, {@link #report} counts them and finds the problem rows there.
 */
public final class CleaningQuery {
  private final Engine engine;
  private final Cleaner cleaner;
  private final String raw;
  private final List<ColumnPlan> plans;
  private final List<ValueExpressions> expressions = new ArrayList<>();
  private final List<long[]> spellings = new ArrayList<>();
  private final Dictionaries dictionary;

  private CleaningQuery(Engine engine, String raw, List<ColumnPlan> plans) {
    this.engine = engine;
    this.cleaner = new Cleaner(engine);
    this.raw = raw;
    this.plans = List.copyOf(plans);
    List<Vocabularies.Count> vocabularies = new Vocabularies(engine).of(raw, plans);
    for (int i = 0; i < plans.size(); i++) {
      Vocabularies.Count vocabulary = vocabularies.get(i);
      expressions.add(new ValueExpressions(plans.get(i), i, vocabulary.vocabulary()));
      spellings.add(new long[] {vocabulary.before(), vocabulary.after()});
    }
    Set<Integer> looked = plans.isEmpty() ? Set.of() : cleaner.dictionaryColumns(raw, plans);
    this.dictionary = Dictionaries.create(engine, raw, this.plans, expressions, looked);
  }

  /**
   * Prepares the cleaning of the planned columns of {@code raw}: their spellings and, for columns
   * with few distinct values, each distinct value cleaned once ({@link Dictionaries}).
   */
  public static CleaningQuery prepare(Engine engine, String raw, List<ColumnPlan> plans) {
    return new CleaningQuery(engine, raw, plans);
  }

  /** Returns the name of a planned column's change code in the query and the caller's table. */
  public static String changeColumn(String column) {
    return column + Cleaner.CHANGE_SUFFIX;
  }

  /**
   * Returns the query, unordered: the row position {@link CleanedTable#ROW}, each planned column's
   * cleaned value under its name and its change code ({@link #changeColumn}), and the given other
   * columns of the raw table as they are.
   */
  public String select(List<String> asRead) {
    List<String> first = new ArrayList<>(List.of("rowid AS " + quote(CleanedTable.ROW)));
    List<String> last = new ArrayList<>(List.of(quote(CleanedTable.ROW)));
    List<ValueExpressions> rowByRow = new ArrayList<>();
    for (String column : asRead) {
      first.add(quote(column));
      last.add(quote(column));
    }
    for (int i = 0; i < plans.size(); i++) {
      String name = plans.get(i).name();
      if (dictionary.contains(i)) {
        first.add(dictionary.entry(i, quote(name)));
        last.add(dictionary.lookup(i, name));
      } else {
        first.add(expressions.get(i).level1(quote(name)));
        last.add(expressions.get(i).last(name));
        rowByRow.add(expressions.get(i));
      }
    }
    return "SELECT " + String.join(", ", last) + " FROM " + Cleaner.levels(raw, first, rowByRow);
  }

  /**
   * Counts the change codes the caller wrote into {@code table}, finds the first problem rows, and
   * drops the dictionaries.
   *
   * @param table a table of the query's rows with {@link CleanedTable#ROW} and the change codes
   * @return what cleaning did; the table stands for both the view and the changes
   */
  public CleanedTable report(String table) {
    dictionary.drop();
    if (plans.isEmpty()) {
      return new CleanedTable(table, table, List.of());
    }
    List<Map<ChangeKind, Long>> counts = cleaner.counts(table, plans);
    List<List<RowProblem>> problems = new ProblemRows(engine).of(raw, table, plans, counts);
    List<CleanedColumn> columns = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      ColumnPlan plan = plans.get(i);
      long[] spelling = spellings.get(i);
      columns.add(
          new CleanedColumn(
              plan.name(), plan.type(), counts.get(i), spelling[0], spelling[1], problems.get(i)));
    }
    return new CleanedTable(table, table, columns);
  }
}
