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
import org.icpengine.data.clean.Cleaner;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnPlans;
import org.icpengine.data.source.LoadedSource;

/**
 * Stages the role columns of one non-account file as a query over the file as read: one column per
 * role under its canonical name and type, the values rows link by ({@code icp#id}, {@code
 * icp#domain}, {@code icp#name}), the row number, and for surveys the questions. Dates, amounts and
 * domains are cleaned as every command cleans them (by the {@link Cleaner}, only those columns);
 * text roles are trimmed and placeholders made empty inline ({@code icp_blank}), which is all the
 * cleaner does to text. The rest of the file is not touched.
 */
final class SourceStage {
  static final String ID = "icp#id";
  static final String DOMAIN = "icp#domain";
  static final String NAME = "icp#name";

  private final Engine engine;

  SourceStage(Engine engine) {
    this.engine = engine;
  }

  /**
   * A file's staged rows.
   *
   * @param select the query of the staged rows, to be used as a subquery while the stage lives
   * @param problems the row-level problems of its role columns, in words
   * @param tables the engine tables the query reads besides the file's, to drop once it has run
   */
  record Staged(String select, List<String> problems, List<String> tables) {}

  /** Returns each role's column, the key counted as the account id. */
  static Map<SourceRole, String> roleColumns(SourceEntry entry) {
    Map<SourceRole, String> roles = new LinkedHashMap<>(entry.columns());
    entry.key().ifPresent(k -> roles.putIfAbsent(SourceRole.ACCOUNT_ID, k));
    return roles;
  }

  /**
   * Cleans the typed role columns of the loaded file and returns the query of its staged rows.
   *
   * @throws org.icpengine.data.InputException when dates are unreadable or amounts in several
   *     currencies
   */
  Staged stage(SourceEntry entry, LoadedSource loaded) {
    Map<SourceRole, String> roles = roleColumns(entry);
    SourceChecks.refuseMixedCurrencies(engine, loaded, roles);
    List<ColumnPlan> plans = plans(loaded, roles);
    String from = loaded.table() + " r";
    String row = "r.rowid";
    List<String> tables = new ArrayList<>();
    List<String> problems = List.of();
    Set<String> typed = new LinkedHashSet<>();
    if (!plans.isEmpty()) {
      CleanedTable cleaned =
          new Cleaner(engine).clean(loaded.table(), plans, loaded.table() + "_clean");
      engine.execute("DROP VIEW IF EXISTS " + cleaned.view());
      tables.add(cleaned.changesTable());
      SourceChecks.refuseUnreadableDates(loaded, roles, cleaned);
      problems = SourceChecks.unreadable(roles, cleaned);
      plans.forEach(p -> typed.add(p.name()));
      // the cleaned rows are in the file's order, one per row: put side by side, not joined
      from += " POSITIONAL JOIN " + cleaned.changesTable() + " c";
      row = "c." + quote(CleanedTable.ROW);
    }
    boolean survey = entry.kind().orElseThrow() == SourceKind.SURVEY;
    List<String> questions = survey ? questions(loaded, roles) : List.of();
    Set<String> columns = new LinkedHashSet<>(roles.values());
    columns.addAll(questions);
    Map<String, String> values = new LinkedHashMap<>();
    List<String> read = new ArrayList<>(List.of(row + " AS " + quote(CleanedTable.ROW)));
    List<String> blanked = new ArrayList<>();
    for (String column : columns) {
      String value = "v" + values.size();
      values.put(column, value);
      if (typed.contains(column)) {
        read.add("c." + quote(column) + " AS " + value);
      } else {
        // trimmed, then placeholders emptied, one level each: a nested macro call would trim
        // the value once for every use of its argument
        read.add("icp_trim(r." + quote(column) + ") AS t" + value);
        blanked.add("icp_unplaceholder(t" + value + ") AS " + value);
      }
    }
    String levels = "(SELECT " + String.join(", ", read) + " FROM " + from + ")";
    if (!blanked.isEmpty()) {
      levels = "(SELECT *, " + String.join(", ", blanked) + " FROM " + levels + ")";
    }
    List<String> select = staged(roles, values);
    questions.forEach(q -> select.add(values.get(q) + " AS " + quote(q)));
    return new Staged("SELECT " + String.join(", ", select) + " FROM " + levels, problems, tables);
  }

  /** Returns the staged columns: the row, each role as its canonical name and type, the links. */
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
    select.add(link(roles, values, SourceRole.ACCOUNT_ID, "%s") + " AS " + quote(ID));
    select.add(domain(roles, values) + " AS " + quote(DOMAIN));
    select.add(
        link(roles, values, SourceRole.ACCOUNT_NAME, "icp_company_key(%s)") + " AS " + quote(NAME));
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

  private static String link(
      Map<SourceRole, String> roles, Map<String, String> values, SourceRole role, String format) {
    String column = roles.get(role);
    return column == null ? "NULL::VARCHAR" : String.format(format, values.get(column));
  }

  private static String domain(Map<SourceRole, String> roles, Map<String, String> values) {
    String domain = link(roles, values, SourceRole.DOMAIN, "%s");
    String mail = link(roles, values, SourceRole.EMAIL, "icp_mail_domain(%s)");
    return "coalesce(" + domain + ", " + mail + ")";
  }
}
