package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.RowProblem;

/**
 * Cleans a table of raw text columns into typed columns in one pass of the engine, recording for
 * every value what was done to it, and reports the counts and the first problem rows.
 */
public final class Cleaner {
  /** The number of problem rows kept as examples per column. */
  public static final int PROBLEM_EXAMPLES = 20;

  /** The suffix of the change-code column that goes with each cleaned column. */
  public static final String CHANGE_SUFFIX = "#change";

  /** The key column of a dictionary table: the raw text of one distinct value. */
  static final String DICTIONARY_KEY = "icp#key";

  /** A column is cleaned through a dictionary when it has at most a quarter as many values. */
  private static final long DICTIONARY_RATIO = 4;

  /**
   * ... and at most this many: a lookup costs in proportion to the dictionary's size ({@link
   * Dictionaries}), so past it cleaning row by row is cheaper.
   */
  static final long DICTIONARY_ENTRIES = 4_096;

  /** The most columns cleaned by one statement. */
  static final int BATCH = 25;

  private final Engine engine;
  private int sorts;

  /** Creates a cleaner working in the given engine, with the cleaning macros installed. */
  public Cleaner(Engine engine) {
    this.engine = engine;
    CleaningSql.install(engine);
  }

  /**
   * Cleans {@code rawTable} into a view named {@code cleanTable} with one column per plan, in plan
   * order, and a table {@code cleanTable_changes} holding the change codes.
   */
  public CleanedTable clean(String rawTable, List<ColumnPlan> plans, String cleanTable) {
    return clean(rawTable, plans, cleanTable, dictionaryColumns(rawTable, plans));
  }

  /** Cleans as {@link #clean(String, List, String)}, looking up the given columns' values. */
  CleanedTable clean(
      String rawTable, List<ColumnPlan> plans, String cleanTable, Set<Integer> lookedUp) {
    List<ValueExpressions> expressions = new ArrayList<>();
    List<long[]> spellings = new ArrayList<>();
    List<Vocabularies.Count> vocabularies = new Vocabularies(engine).of(rawTable, plans);
    for (int i = 0; i < plans.size(); i++) {
      Vocabularies.Count vocabulary = vocabularies.get(i);
      expressions.add(new ValueExpressions(plans.get(i), i, vocabulary.vocabulary()));
      spellings.add(new long[] {vocabulary.before(), vocabulary.after()});
    }
    String all = cleanTable + "_all";
    Dictionaries dictionary = Dictionaries.create(engine, rawTable, plans, expressions, lookedUp);
    cleanInBatches(rawTable, plans, expressions, dictionary, all);
    dictionary.drop();
    engine.execute(
        "CREATE OR REPLACE VIEW "
            + cleanTable
            + " AS SELECT "
            + quote(CleanedTable.ROW)
            + ", "
            + plans.stream().map(p -> quote(p.name())).collect(Collectors.joining(", "))
            + " FROM "
            + all);
    List<Map<ChangeKind, Long>> counts = counts(all, plans);
    List<List<RowProblem>> problems = new ProblemRows(engine).of(rawTable, all, plans, counts);
    List<CleanedColumn> columns = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      ColumnPlan plan = plans.get(i);
      long[] spelling = spellings.get(i);
      columns.add(
          new CleanedColumn(
              plan.name(), plan.type(), counts.get(i), spelling[0], spelling[1], problems.get(i)));
    }
    return new CleanedTable(cleanTable, all, columns);
  }

  /**
   * Returns the columns cleaned once per distinct value and looked up, rather than cleaned row by
   * row: typed columns with few distinct values, absolutely and relative to the rows, where one
   * lookup per row is far cheaper than parsing.
   */
  Set<Integer> dictionaryColumns(String raw, List<ColumnPlan> plans) {
    long rows = engine.count(raw);
    Set<Integer> dictionary = new TreeSet<>();
    for (int from = 0; from < plans.size(); from += BATCH) {
      List<ColumnPlan> batch = plans.subList(from, Math.min(plans.size(), from + BATCH));
      long[] distinct = distinctEstimates(raw, batch);
      for (int i = 0; i < batch.size(); i++) {
        if (batch.get(i).type() != ValueType.TEXT
            && distinct[i] * DICTIONARY_RATIO <= rows
            && distinct[i] <= DICTIONARY_ENTRIES) {
          dictionary.add(from + i);
        }
      }
    }
    return dictionary;
  }

  private long[] distinctEstimates(String raw, List<ColumnPlan> plans) {
    List<String> estimates = new ArrayList<>();
    for (ColumnPlan plan : plans) {
      estimates.add("approx_count_distinct(" + quote(plan.name()) + ")");
    }
    return engine.queryOne(
        "SELECT " + String.join(", ", estimates) + " FROM " + raw,
        row -> {
          long[] values = new long[plans.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = row.getLong(i + 1);
          }
          return values;
        });
  }

  static String dictionarySelect(String raw, ColumnPlan plan, ValueExpressions e) {
    String name = quote(plan.name());
    String distinct = "(SELECT DISTINCT " + name + " FROM " + raw + ")";
    return "SELECT "
        + e.key()
        + " AS "
        + quote(DICTIONARY_KEY)
        + ", "
        + e.last(plan.name())
        + " FROM "
        + levels(distinct, List.of(e.level1(name)), List.of(e));
  }

  /**
   * Cleans the columns in batches of at most {@link #BATCH} columns cleaned row by row (and as many
   * looked up in a dictionary) into tables in row order, then puts them side by side: the engine
   * plans one statement with a set of expressions per column in time that grows faster than the
   * number of columns, so one statement for a wide file takes minutes; a lookup adds little to
   * plan, and putting the tables side by side copies every row.
   */
  private void cleanInBatches(
      String raw,
      List<ColumnPlan> plans,
      List<ValueExpressions> exprs,
      Dictionaries dictionary,
      String all) {
    List<Integer> ends = batchEnds(plans.size(), dictionary.columns());
    if (ends.size() == 1) {
      createInRowOrder("TABLE", all, select(raw, plans, exprs, dictionary, 0, plans.size()));
      return;
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int to : ends) {
      String part = all + "_part" + parts.size();
      createInRowOrder("TEMP TABLE", part, select(raw, plans, exprs, dictionary, from, to));
      parts.add(part);
      from = to;
    }
    List<String> columns = new ArrayList<>(List.of(parts.get(0) + ".*"));
    for (String part : parts.subList(1, parts.size())) {
      columns.add(part + ".* EXCLUDE (" + quote(CleanedTable.ROW) + ")");
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + all
            + " AS SELECT "
            + String.join(", ", columns)
            + " FROM "
            + String.join(" POSITIONAL JOIN ", parts));
    for (String part : parts) {
      engine.execute("DROP TABLE IF EXISTS " + part);
    }
  }

  /** Returns where each batch of columns ends (exclusive), the last at {@code columns}. */
  static List<Integer> batchEnds(int columns, Set<Integer> dictionary) {
    List<Integer> ends = new ArrayList<>();
    int rowByRow = 0;
    int lookedUp = 0;
    for (int i = 0; i < columns; i++) {
      boolean looked = dictionary.contains(i);
      if (looked ? ++lookedUp > BATCH : ++rowByRow > BATCH) {
        ends.add(i);
        rowByRow = looked ? 0 : 1;
        lookedUp = looked ? 1 : 0;
      }
    }
    ends.add(columns);
    return ends;
  }

  /**
   * Creates a table of the query's rows in the order of their position {@link CleanedTable#ROW},
   * sorting only when needed: the engine keeps insertion order through projections over the raw
   * scan, so a check of the positions (one scan of one column) decides, and a sort of every row is
   * taken only when a row is out of place. The dictionary lookups are projections too ({@link
   * Dictionaries}; as hash joins they lost the order at 1M rows), so the sort is a guard that the
   * cleaning statements never need; a caller's query with a join or a sort may.
   */
  void createInRowOrder(String kind, String table, String query) {
    engine.execute("CREATE OR REPLACE " + kind + " " + table + " AS " + query);
    String row = quote(CleanedTable.ROW);
    long misplaced =
        engine.queryOne(
            "SELECT count(*) FROM " + table + " WHERE " + row + " <> rowid", r -> r.getLong(1));
    if (misplaced == 0) {
      return;
    }
    sorts++;
    String unordered = table + "_unordered";
    engine.execute("ALTER TABLE " + table + " RENAME TO " + unordered);
    engine.execute(
        "CREATE OR REPLACE "
            + kind
            + " "
            + table
            + " AS SELECT * FROM "
            + unordered
            + " ORDER BY "
            + row);
    engine.execute("DROP TABLE " + unordered);
  }

  /** Returns how many tables {@link #createInRowOrder} had to sort so far. */
  int sorts() {
    return sorts;
  }

  /**
   * Returns the query that cleans the columns {@code from} (inclusive) to {@code to} (exclusive),
   * each row with its position.
   */
  private static String select(
      String raw,
      List<ColumnPlan> plans,
      List<ValueExpressions> exprs,
      Dictionaries dictionary,
      int from,
      int to) {
    List<String> first = new ArrayList<>(List.of("rowid AS " + quote(CleanedTable.ROW)));
    List<String> last = new ArrayList<>(List.of(quote(CleanedTable.ROW)));
    List<ValueExpressions> rowByRow = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String name = plans.get(i).name();
      if (dictionary.contains(i)) {
        first.add(dictionary.entry(i, quote(name)));
        last.add(dictionary.lookup(i, name));
      } else {
        first.add(exprs.get(i).level1(quote(name)));
        last.add(exprs.get(i).last(name));
        rowByRow.add(exprs.get(i));
      }
    }
    return "SELECT " + String.join(", ", last) + " FROM " + levels(raw, first, rowByRow);
  }

  /** Nests the cleaning levels 2 to 5 of the given columns over the first projection. */
  static String levels(String source, List<String> first, List<ValueExpressions> exprs) {
    String from = "(SELECT " + String.join(", ", first) + " FROM " + source + ")";
    for (int level = 2; level <= 5; level++) {
      List<String> added = new ArrayList<>();
      for (ValueExpressions e : exprs) {
        String expression = e.level(level);
        if (!expression.isEmpty()) {
          added.add(expression);
        }
      }
      if (!added.isEmpty()) {
        from = "(SELECT *, " + String.join(", ", added) + " FROM " + from + ")";
      }
    }
    return from;
  }

  /**
   * Counts each column's values per change code, in one query over the codes held long (one row per
   * value), so that its size does not grow with the number of columns.
   */
  List<Map<ChangeKind, Long>> counts(String all, List<ColumnPlan> plans) {
    String codes =
        plans.stream()
            .map(p -> quote(p.name() + CHANGE_SUFFIX) + " AS " + quote(p.name()))
            .collect(Collectors.joining(", "));
    Map<String, Map<ChangeKind, Long>> byName = new HashMap<>();
    engine.query(
        "SELECT c, code, count(*) FROM (UNPIVOT (SELECT "
            + codes
            + " FROM "
            + all
            + ") ON COLUMNS(*) INTO NAME c VALUE code) GROUP BY c, code",
        row ->
            byName
                .computeIfAbsent(row.getString(1), c -> new EnumMap<>(ChangeKind.class))
                .put(ChangeKind.of(row.getInt(2)), row.getLong(3)));
    List<Map<ChangeKind, Long>> result = new ArrayList<>();
    for (ColumnPlan plan : plans) {
      Map<ChangeKind, Long> byKind = new EnumMap<>(ChangeKind.class);
      for (ChangeKind kind : ChangeKind.values()) {
        byKind.put(kind, byName.getOrDefault(plan.name(), Map.of()).getOrDefault(kind, 0L));
      }
      result.add(byKind);
    }
    return result;
  }

  static String reason(ValueType type, boolean kept) {
    if (kept) {
      return "not a known "
          + (type == ValueType.COUNTRY ? "country" : "value")
          + ", kept as written";
    }
    return "not readable as " + type.key() + ", treated as missing";
  }
}
