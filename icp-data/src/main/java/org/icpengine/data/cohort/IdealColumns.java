package org.icpengine.data.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.EngineException;
import org.icpengine.data.ideal.IdealExpression;
import org.icpengine.data.profile.ColumnNames;

/**
 * Ties a parsed ideal expression to a file: finds the file's columns it names, and turns the
 * engine's complaint about it into one line that quotes no data value and no path.
 */
final class IdealColumns {
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern PATH = Pattern.compile("(?<![\\w.])/[^\\s'\",)]+");
  private static final Pattern SIGNATURE = Pattern.compile("'[a-z_0-9]+\\([A-Z0-9_, \\[\\]]*\\)'");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])[-+]?\\d[\\d.,]*(e[-+]?\\d+)?");
  private static final int LONGEST = 200;

  private IdealColumns() {}

  /**
   * Returns the file columns the expression reads, in the file's spelling and the expression's
   * order.
   *
   * @throws InputException for a column the file does not have
   */
  static List<String> read(Dataset dataset, IdealExpression expression) {
    List<String> read = new ArrayList<>();
    for (String reference : expression.columns()) {
      String column = resolve(dataset.columns(), reference);
      if (!read.contains(column)) {
        read.add(column);
      }
    }
    return read;
  }

  /** Returns the file's spelling of a column the expression names. */
  static String resolve(List<String> columns, String reference) {
    for (String column : columns) {
      if (column.toLowerCase(Locale.ROOT).equals(reference.toLowerCase(Locale.ROOT))) {
        return column;
      }
    }
    throw new InputException(
        "invalid --ideal: the file has no column '"
            + reference
            + "'"
            + ColumnNames.suggestion(reference, columns)
            + "; put names with spaces in double quotes, e.g. \"Annual Revenue\" > 1000000");
  }

  /**
   * Returns the engine's complaint about an expression in one line: its first line without the
   * error class, with every quoted part that is neither in the SQL itself nor a function signature
   * (so a data value or a path), every path and every number not in the SQL replaced by "…".
   */
  static String explain(EngineException e, String sql) {
    String line =
        e.getMessage()
            .replaceAll(" \\[in: .*$", "")
            .replaceAll("^[A-Za-z ]+Error: ", "")
            .replaceAll("\\s*LINE \\d+:.*$", "");
    Matcher quoted = QUOTED.matcher(line);
    StringBuilder kept = new StringBuilder();
    while (quoted.find()) {
      String part = quoted.group();
      boolean ours = sql.contains(part) || SIGNATURE.matcher(part).matches();
      quoted.appendReplacement(
          kept, Matcher.quoteReplacement(ours ? part : part.charAt(0) + "…" + part.charAt(0)));
    }
    quoted.appendTail(kept);
    Matcher number = NUMBER.matcher(PATH.matcher(kept).replaceAll("…"));
    StringBuilder redacted = new StringBuilder();
    while (number.find()) {
      number.appendReplacement(redacted, sql.contains(number.group()) ? "$0" : "…");
    }
    number.appendTail(redacted);
    String safe = redacted.toString().strip();
    return safe.length() <= LONGEST ? safe : safe.substring(0, LONGEST) + "…";
  }
}
