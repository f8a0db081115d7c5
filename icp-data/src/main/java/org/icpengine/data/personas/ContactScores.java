package org.icpengine.data.personas;

import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.OutputFormat;

/**
 * Writes every contact with its function, seniority, account tier, contact fit, reasons and the
 * account's committee gaps ({@link ContactColumns}), one row per person, whole or not at all. In
 * every layout but Parquet, text a spreadsheet would run as a formula gets a leading apostrophe.
 */
final class ContactScores {
  private ContactScores() {}

  /** Returns the query of the scored contacts, in the columns of the layout. */
  static String query(OutputFormat format) {
    List<String> names = ContactColumns.of(format);
    boolean neutralise = format != OutputFormat.PARQUET;
    String[] values = {
      text("p.person", neutralise),
      text("p.account_key", neutralise),
      text("p.email", neutralise),
      text("p.title", neutralise),
      "p.function",
      "p.seniority",
      "nullif(p.tier, '-')",
      "least(100, greatest(0, coalesce(b.points, 0) + coalesce(f.points, 0)"
          + " + coalesce(s.points, 0)))",
      "concat_ws('; ', b.reason, coalesce(f.reason, CASE WHEN p.function = 'unknown' THEN"
          + " '+0 function: title not recognised' END), s.reason)",
      "g.gaps"
    };
    StringBuilder select = new StringBuilder("SELECT ");
    for (int i = 0; i < values.length; i++) {
      select
          .append(i == 0 ? "" : ", ")
          .append(values[i])
          .append(" AS ")
          .append(quote(names.get(i)));
    }
    return select
        + " FROM (SELECT pp.*, coalesce(t.tier, '-') AS tier, CASE WHEN coalesce(t.tier, '-') ="
        + " '-' THEN 'all' ELSE t.tier END AS fit_tier FROM "
        + CommitteeTables.PEOPLE
        + " pp LEFT JOIN "
        + AccountTiers.TABLE
        + " t USING (account_key)) p"
        + join("b", "base", "TRUE")
        + join("f", "function", "f.key = p.function")
        + join("s", "seniority", "s.key = p.seniority")
        + " LEFT JOIN "
        + CommitteeGaps.TABLE
        + " g ON g.account_key = p.account_key ORDER BY p.person";
  }

  static void write(Engine engine, Path target, OutputFormat format) {
    String options =
        format == OutputFormat.PARQUET ? "(FORMAT parquet)" : "(FORMAT csv, HEADER true)";
    try {
      AtomicFiles.writeAt(target, file -> engine.copy(query(format), options, file));
    } catch (IOException e) {
      throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static String join(String alias, String kind, String on) {
    return " LEFT JOIN "
        + ContactFit.POINTS
        + " "
        + alias
        + " ON "
        + alias
        + ".tier = p.fit_tier AND "
        + alias
        + ".kind = '"
        + kind
        + "' AND "
        + on;
  }

  private static String text(String column, boolean neutralise) {
    if (!neutralise) {
      return column;
    }
    return "CASE WHEN regexp_matches("
        + column
        + ", '^[=+\\-@\\t\\r]') THEN '''' || "
        + column
        + " ELSE "
        + column
        + " END";
  }
}
