package org.icpengine.data.sources;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.clean.CleaningQuery;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnPlans;
import org.icpengine.data.source.LoadedSource;

/**
 * Stages the role columns of one non-account file as a query over the file as read: one column per
 * role under its canonical name and type, the row number, each cleaned column's change code, and
 * for surveys the questions. Dates, amounts and domains are cleaned as every command cleans them
 * (by the cleaner's SQL, {@link CleaningQuery}, only those columns, inside the statement that
 * writes the linked rows); text roles are trimmed and placeholders made empty inline ({@code
 * icp_trim}, {@code icp_unplaceholder}), which is all the cleaner does to text. The rest of the
 * file is not touched.
 */
final class SourceStage {
  private final Engine engine;

  SourceStage(Engine engine) {
    this.engine = engine;
  }

  /**
   * A file's staged rows.
   *
   * @param select the query of the staged rows, unordered, each carrying its row number
   * @param changes the change-code columns of the cleaned role columns (quoted), which the rows
   *     carry until {@link #check} has counted them
   * @param cleaning the cleaning of the typed role columns
   */
  record Staged(String select, List<String> changes, CleaningQuery cleaning) {}

  /** Returns each role's column, the key counted as the account id. */
  static Map<SourceRole, String> roleColumns(SourceEntry entry) {
    Map<SourceRole, String> roles = new LinkedHashMap<>(entry.columns());
    entry.key().ifPresent(k -> roles.putIfAbsent(SourceRole.ACCOUNT_ID, k));
    return roles;
  }

  /**
   * Returns the query of the loaded file's staged rows, refusing amounts in several currencies.
   *
   * @throws org.icpengine.data.InputException when amounts are in several currencies
   */
  Staged stage(SourceEntry entry, LoadedSource loaded) {
    Map<SourceRole, String> roles = roleColumns(entry);
    SourceChecks.refuseMixedCurrencies(engine, loaded, roles);
    List<ColumnPlan> plans = plans(loaded, roles);
    Set<String> typed = new LinkedHashSet<>();
    plans.forEach(p -> typed.add(p.name()));
    boolean survey = entry.kind().orElseThrow() == SourceKind.SURVEY;
    List<String> questions = survey ? questions(loaded, roles) : List.of();
    Set<String> columns = new LinkedHashSet<>(roles.values());
    columns.addAll(questions);
    List<String> asRead = columns.stream().filter(c -> !typed.contains(c)).toList();
    CleaningQuery cleaning = CleaningQuery.prepare(engine, loaded.table(), plans);
    Map<String, String> values = new LinkedHashMap<>();
    List<String> read = new ArrayList<>(List.of(quote(CleanedTable.ROW)));
    List<String> blanked = new ArrayList<>();
    for (String column : columns) {
      String value = "v" + values.size();
      values.put(column, value);
      if (typed.contains(column)) {
        read.add(quote(column) + " AS " + value);
      } else {
        // trimmed, then placeholders emptied, one level each: a nested macro call would trim
        // the value once for every use of its argument
        read.add("icp_trim(" + quote(column) + ") AS t" + value);
        blanked.add("icp_unplaceholder(t" + value + ") AS " + value);
      }
    }
    List<String> changes = typed.stream().map(c -> quote(CleaningQuery.changeColumn(c))).toList();
    read.addAll(changes);
    String levels =
        "(SELECT " + String.join(", ", read) + " FROM (" + cleaning.select(asRead) + "))";
    if (!blanked.isEmpty()) {
      levels = "(SELECT *, " + String.join(", ", blanked) + " FROM " + levels + ")";
    }
    List<String> select = staged(roles, values);
    questions.forEach(q -> select.add(values.get(q) + " AS " + quote(q)));
    select.addAll(changes);
    return new Staged("SELECT " + String.join(", ", select) + " FROM " + levels, changes, cleaning);
  }

  /**
   * Counts what cleaning did in the table the staged rows were written to, and refuses unreadable
   * dates.
   *
   * @return the row-level problems of the role columns, in words
   * @throws org.icpengine.data.InputException when dates are unreadable
   */
  static List<String> check(Staged staged, SourceEntry entry, LoadedSource loaded, String table) {
    Map<SourceRole, String> roles = roleColumns(entry);
    CleanedTable cleaned = staged.cleaning().report(table);
    SourceChecks.refuseUnreadableDates(loaded, roles, cleaned);
    return SourceChecks.unreadable(roles, cleaned);
  }

  /** Returns the staged columns: the row, each role as its canonical name and type. */
  private static List<String> staged(Map<SourceRole, String> roles, Map<String, String> values) {
    List<String> select = new ArrayList<>(List.of(quote(CleanedTable.ROW)));
    roles.forEach(
        (role, column) ->
            select.add(
                "CAST("
                    + values.get(column)
                    + " AS "
                    + role.type().sql()
                    + ") AS "
                    + quote(role.canonicalName())));
    return select;
  }

  /** Returns the survey's questions: every column that plays no role. */
  static List<String> questions(LoadedSource loaded, Map<SourceRole, String> roles) {
    Set<String> used = new LinkedHashSet<>(roles.values());
    List<String> questions = new ArrayList<>();
    for (String column : loaded.columns()) {
      if (!used.contains(column) && !column.equalsIgnoreCase(LinkedTable.ACCOUNT_KEY)) {
        questions.add(column);
      }
    }
    return questions;
  }

  private List<ColumnPlan> plans(LoadedSource loaded, Map<SourceRole, String> roles) {
    Map<String, ValueType> types = new LinkedHashMap<>();
    roles.forEach((role, column) -> types.putIfAbsent(column, type(role)));
    List<String> dates =
        types.entrySet().stream()
            .filter(e -> e.getValue() == ValueType.DATE)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, ColumnPlan> inferred = new LinkedHashMap<>();
    for (ColumnPlan plan : ColumnPlans.infer(engine, loaded.table(), dates)) {
      if (plan.type() == ValueType.DATE) {
        inferred.put(plan.name(), plan);
      }
    }
    List<ColumnPlan> plans = new ArrayList<>();
    types.forEach(
        (column, type) -> {
          if (type != ValueType.TEXT) {
            plans.add(inferred.getOrDefault(column, ColumnPlan.of(column, type)));
          }
        });
    return plans;
  }

  private static ValueType type(SourceRole role) {
    if (role == SourceRole.DOMAIN) {
      return ValueType.DOMAIN;
    }
    return switch (role.type()) {
      case DATE -> ValueType.DATE;
      case NUMBER -> ValueType.NUMBER;
      case TEXT -> ValueType.TEXT;
    };
  }
}
