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
 * Cleans the role columns of one non-account file, as every command cleans a file, into a staged
 * table: one column per role under its canonical name and type, the values rows link by ({@code
 * icp#id}, {@code icp#domain}, {@code icp#name}), the row number, and for surveys the questions.
 * Only the role columns are cleaned; the rest of the file is left as read.
 */
final class SourceStage {
  static final String ID = "icp#id";
  static final String DOMAIN = "icp#domain";
  static final String NAME = "icp#name";

  private final Engine engine;

  SourceStage(Engine engine) {
    this.engine = engine;
  }

  /** Returns each role's column, the key counted as the account id. */
  static Map<SourceRole, String> roleColumns(SourceEntry entry) {
    Map<SourceRole, String> roles = new LinkedHashMap<>(entry.columns());
    entry.key().ifPresent(k -> roles.putIfAbsent(SourceRole.ACCOUNT_ID, k));
    return roles;
  }

  /**
   * Cleans and stages the loaded file into {@code staged}, returning the row-level problems.
   *
   * @throws org.icpengine.data.InputException when dates are unreadable or amounts in several
   *     currencies
   */
  List<String> stage(SourceEntry entry, LoadedSource loaded, String staged) {
    Map<SourceRole, String> roles = roleColumns(entry);
    SourceChecks.refuseMixedCurrencies(engine, loaded, roles);
    List<ColumnPlan> plans = plans(loaded, roles);
    String clean = loaded.table() + "_clean";
    CleanedTable cleaned = new Cleaner(engine).clean(loaded.table(), plans, clean);
    SourceChecks.refuseUnreadableDates(loaded, roles, cleaned);
    List<String> select = new ArrayList<>();
    select.add("c." + quote(CleanedTable.ROW) + " AS " + quote(CleanedTable.ROW));
    roles.forEach(
        (role, column) ->
            select.add(
                "CAST(c."
                    + quote(column)
                    + " AS "
                    + role.type().sql()
                    + ") AS "
                    + quote(role.canonicalName())));
    select.add(link(roles, SourceRole.ACCOUNT_ID, "c.%s") + " AS " + quote(ID));
    select.add(domain(roles) + " AS " + quote(DOMAIN));
    select.add(
        link(roles, SourceRole.ACCOUNT_NAME, "icp_company_key(c.%s)") + " AS " + quote(NAME));
    boolean survey = entry.kind().orElseThrow() == SourceKind.SURVEY;
    if (survey) {
      for (String question : questions(loaded, roles)) {
        select.add("icp_blank(r." + quote(question) + ") AS " + quote(question));
      }
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + staged
            + " AS SELECT "
            + String.join(", ", select)
            + " FROM "
            + clean
            + " c"
            + (survey
                ? " JOIN " + loaded.table() + " r ON r.rowid = c." + quote(CleanedTable.ROW)
                : ""));
    engine.execute("DROP VIEW IF EXISTS " + clean);
    engine.execute("DROP TABLE IF EXISTS " + cleaned.changesTable());
    return SourceChecks.unreadable(roles, cleaned);
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
        (column, type) -> plans.add(inferred.getOrDefault(column, ColumnPlan.of(column, type))));
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

  private static String link(Map<SourceRole, String> roles, SourceRole role, String format) {
    String column = roles.get(role);
    return column == null ? "NULL::VARCHAR" : String.format(format, quote(column));
  }

  private static String domain(Map<SourceRole, String> roles) {
    String domain = link(roles, SourceRole.DOMAIN, "c.%s");
    String mail = link(roles, SourceRole.EMAIL, "icp_mail_domain(c.%s)");
    return "coalesce(" + domain + ", " + mail + ")";
  }
}
