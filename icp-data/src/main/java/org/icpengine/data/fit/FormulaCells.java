package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;

/**
 * Cells a spreadsheet would run as a formula: those starting with {@code = + - @}, a tab or a
 * carriage return, unless they are plain numbers. In CSV output they get a leading apostrophe.
 */
final class FormulaCells {
  /** Matches plain numbers, which a spreadsheet reads as numbers even with a sign. */
  private static final String NUMBER = "'^[+-]?[0-9][0-9,]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?$'";

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
    // a cheap test of the first character first; the number pattern only for the few that start so
    return "(left("
        + value
        + ", 1) IN ('=', '+', '-', '@', chr(9), chr(13)) AND NOT regexp_matches("
        + value
        + ", "
        + NUMBER
        + "))";
  }

  static String cell(String value, boolean neutralise) {
    return neutralise
        ? "CASE WHEN " + formula(value) + " THEN '''' || " + value + " ELSE " + value + " END"
        : value;
  }
}
