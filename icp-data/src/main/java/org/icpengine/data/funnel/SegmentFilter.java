package org.icpengine.data.funnel;

import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.SegmentFlags;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.ideal.IdealExpression;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.SourceKind;

/**
 * Keeps the scored opportunities whose account is inside a segment written in the ideal expression
 * language ({@code industry = 'Software' AND employees >= 50}). The expression is parsed by {@link
 * IdealExpression}'s allow-list and written back as SQL over the accounts source's columns, never
 * the user's text: a column is matched by name ignoring case; text columns compare ignoring case; a
 * text column whose every value reads as a number is compared as a number.
 */
final class SegmentFilter {
  private SegmentFilter() {}

  /**
   * Deletes the opportunities outside the segment from {@code table} and returns a note saying how
   * many were kept.
   *
   * @throws InputException when the expression is invalid, names a column the accounts lack, or no
   *     opportunity is inside
   */
  static String apply(LinkedSources linked, String table, String expression) {
    Engine engine = linked.engine();
    String accounts = linked.table(SourceKind.ACCOUNTS).orElseThrow().relation();
    List<String[]> columns =
        engine.query(
            "SELECT column_name, column_type FROM (DESCRIBE " + accounts + ")",
            r -> new String[] {r.getString(1), r.getString(2)});
    String sql;
    try {
      IdealExpression parsed = IdealExpression.parse(expression.strip());
      sql = parsed.toSql(reference -> columnSql(engine, accounts, columns, reference));
    } catch (InputException e) {
      throw new InputException(segmentWords(e.getMessage()), e);
    }
    long before = engine.queryOne("SELECT count(*) FROM " + table, r -> r.getLong(1));
    engine.execute(
        "DELETE FROM "
            + table
            + " WHERE account_key NOT IN (SELECT account_key FROM "
            + accounts
            + " WHERE account_key IS NOT NULL AND coalesce("
            + sql
            + ", false))");
    long after = engine.queryOne("SELECT count(*) FROM " + table, r -> r.getLong(1));
    if (after == 0) {
      throw new InputException(
          "no opportunity's account is inside the segment " + expression.strip() + ": widen it");
    }
    return String.format(
        Locale.ROOT,
        "segment: %s — %,d of %,d opportunities are of accounts inside it",
        expression.strip(),
        after,
        before);
  }

  /**
   * Checks an expression's grammar before any file is read.
   *
   * @throws InputException when it is not in the language
   */
  static void check(String expression) {
    SegmentFlags.check(expression);
  }

  private static String columnSql(
      Engine engine, String accounts, List<String[]> columns, String reference) {
    Optional<String[]> column =
        columns.stream().filter(c -> c[0].equalsIgnoreCase(reference.strip())).findFirst();
    if (column.isEmpty()) {
      throw new InputException(
          "invalid --segment: the accounts have no column '"
              + reference
              + "': use one of "
              + String.join(
                  ", ",
                  columns.stream().map(c -> c[0]).filter(c -> !c.equals("account_key")).toList()));
    }
    String name = quote(column.get()[0]);
    if (!column.get()[1].equals("VARCHAR")) {
      return name;
    }
    boolean numeric =
        engine.queryOne(
            "SELECT count(nullif(trim("
                + name
                + "), '')) > 0 AND count(nullif(trim("
                + name
                + "), '')) = count(TRY_CAST(trim("
                + name
                + ") AS DOUBLE)) FROM "
                + accounts,
            r -> r.getBoolean(1));
    return numeric
        ? "TRY_CAST(trim(" + name + ") AS DOUBLE)"
        : "(nullif(trim(" + name + "), '') COLLATE NOCASE)";
  }

  private static String segmentWords(String message) {
    return message.replaceFirst("--ideal", "--segment");
  }
}
