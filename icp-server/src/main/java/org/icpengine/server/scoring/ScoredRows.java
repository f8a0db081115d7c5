package org.icpengine.server.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;

/**
 * The first rows of a scored CSV for showing: the score columns first, then the file's own, every
 * value as text.
 *
 * @param header the column names
 * @param rows the rows, each as wide as the header
 */
public record ScoredRows(List<String> header, List<List<String>> rows) {
  /** Reads up to {@code limit} rows of the scored file. */
  public static ScoredRows read(Engine engine, Path scored, int limit) {
    List<String> header = new ArrayList<>();
    List<List<String>> rows =
        engine.query(
            "SELECT COLUMNS(lambda c: c LIKE 'icp_%'), COLUMNS(lambda c: c NOT LIKE 'icp_%') FROM"
                + " read_csv("
                + Engine.literal(engine.readable(scored).toString())
                + ", all_varchar = true, header = true) LIMIT "
                + limit,
            r -> {
              int n = r.getMetaData().getColumnCount();
              if (header.isEmpty()) {
                for (int i = 1; i <= n; i++) {
                  header.add(r.getMetaData().getColumnName(i));
                }
              }
              List<String> row = new ArrayList<>();
              for (int i = 1; i <= n; i++) {
                row.add(r.getString(i) == null ? "" : r.getString(i));
              }
              return row;
            });
    return new ScoredRows(header, rows);
  }
}
