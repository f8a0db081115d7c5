package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;

/**
 * Cells a spreadsheet would run as a formula: those starting with {@code = + - @}, a tab or a
 * carriage return, unless they are plain numbers (OWASP's CSV injection guidance). In every text
 * output — CSV and the CRM layouts, header row included — they get a leading apostrophe, so a
 * spreadsheet shows them instead of running them; a plain number such as {@code -5} stays a number.
 */
public final class FormulaCells {
  private static final String NUMBER_PATTERN = "^[+-]?[0-9][0-9,]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?$";

  /** Matches plain numbers, which a spreadsheet reads as numbers even with a sign. */
  private static final String NUMBER = "'" + NUMBER_PATTERN + "'";

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile(NUMBER_PATTERN);

  private static final String STARTS = "=+-@\t\r";

  private FormulaCells() {}

  static long count(Engine engine, String table, List<String> columns) {
    List<String> counts = new ArrayList<>();
    for (String column : columns) {
      counts.add("count_if(" + formula(quote(column)) + ")");
    }
    return engine.queryOne(
        "SELECT " + String.join(" + ", counts) + " FROM " + table, r -> r.getLong(1));
  }

  static String formula(String value) {
    // a cheap test of the first character's code (= + - @ tab CR; no substring made) first, and
    // the number pattern only for the few cells that start so: a CASE runs its THEN only on the
    // rows that reach it, where AND would run the pattern on every cell. list_contains, not IN:
    // the engine plans an IN list of six as a join per cell, which cost 7 % of icp score's CPU
    // and, being a join, gave up the rows' file order on a file read by several threads. Never
    // NULL: a missing cell is no formula
    return "(CASE WHEN list_contains([61, 43, 45, 64, 9, 13], ascii("
        + value
        + ")) THEN NOT regexp_matches("
        + value
        + ", "
        + NUMBER
        + ") ELSE false END)";
  }

  /** Returns whether a text (such as a header) would run as a formula. */
  static boolean isFormula(String text) {
    return !text.isEmpty()
        && STARTS.indexOf(text.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(text).matches();
  }

  /** Returns the header as written: with a leading apostrophe when it would run as a formula. */
  public static String header(String name, boolean neutralise) {
    return neutralise && isFormula(name) ? "'" + name : name;
  }

  /**
   * Returns a cell's SQL that writes it with a leading apostrophe when it would run as a formula.
   */
  public static String cell(String value, boolean neutralise) {
    return neutralise
        ? "CASE WHEN " + formula(value) + " THEN '''' || " + value + " ELSE " + value + " END"
        : value;
  }
}
