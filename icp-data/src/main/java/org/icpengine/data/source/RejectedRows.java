package org.icpengine.data.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;

/**
 * Rows the engine could not read as they stand. Short rows (missing trailing fields) are kept,
 * padded with missing values where they stand; rows with extra fields are left out, because no rule
 * can say which field is the extra one. Either way each row becomes one {@link RowProblem}.
 */
final class RejectedRows {
  private static final double MALFORMED_SHARE = 0.5;

  private final List<RowProblem> problems;
  private final long skipped;
  private final long padded;

  private RejectedRows(List<RowProblem> problems, long skipped, long padded) {
    this.problems = problems;
    this.skipped = skipped;
    this.padded = padded;
  }

  List<RowProblem> problems() {
    return problems;
  }

  /** Returns the number of short rows, which a read with null padding keeps. */
  long padded() {
    return padded;
  }

  static RejectedRows collect(
      Engine engine, String rejectsTable, CsvDialect dialect, List<String> columns) {
    // the engine rejects a row once per missing or extra field: report each row once
    List<Object[]> rejects =
        engine.query(
            "SELECT DISTINCT ON (line) line, error_type, csv_line, error_message FROM "
                + rejectsTable
                + " ORDER BY line",
            r ->
                new Object[] {
                  r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                });
    List<RowProblem> problems = new ArrayList<>();
    long skipped = 0;
    long padded = 0;
    for (Object[] reject : rejects) {
      long line = (Long) reject[0];
      String type = (String) reject[1];
      String raw = (String) reject[2];
      List<String> fields = dialect.parseLine(raw == null ? "" : raw);
      if ("MISSING COLUMNS".equals(type) && !fields.isEmpty()) {
        padded++;
        problems.add(
            new RowProblem(
                line,
                "",
                raw,
                "has "
                    + fields.size()
                    + " fields, expected "
                    + columns.size()
                    + ": kept, missing fields left empty"));
      } else {
        skipped++;
        problems.add(new RowProblem(line, "", raw, describe(type, fields, columns) + ": skipped"));
      }
    }
    return new RejectedRows(problems, skipped, padded);
  }

  void check(Path file, long rowsKept, CsvDialect dialect, boolean strict) {
    if (strict && !problems.isEmpty()) {
      RowProblem first = problems.get(0);
      throw new InputException(
          file.getFileName()
              + " "
              + first.describe()
              + " (--strict): fix the row, or drop --strict to report such rows and go on");
    }
    long total = rowsKept + skipped;
    if (total > 0 && problems.size() > MALFORMED_SHARE * total) {
      throw new InputException(
          problems.size()
              + " of "
              + total
              + " rows of "
              + file.getFileName()
              + " have the wrong number of fields: check the delimiter (detected "
              + dialect.delimiterName()
              + ") or pass --delimiter");
    }
  }

  private static String describe(String type, List<String> fields, List<String> columns) {
    if ("TOO MANY COLUMNS".equals(type)) {
      return "has " + fields.size() + " fields, expected " + columns.size();
    }
    return type == null ? "cannot be read" : type.toLowerCase(java.util.Locale.ROOT);
  }
}
