package org.icpengine.server.scoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;

/**
 * A page of a scored CSV for showing — the score columns first, then the file's own, every value as
 * text — with how many rows the query matched out of how many.
 *
 * @param header the column names
 * @param rows the page's rows, each as wide as the header
 * @param matching how many rows of the file the query matched
 * @param total how many rows the file has
 */
public record ScoredRows(List<String> header, List<List<String>> rows, long matching, long total) {
  /** Reads up to {@code limit} rows of the scored file, in its order. */
  public static ScoredRows read(Engine engine, Path scored, int limit) {
    return page(engine, scored, ScoredQuery.ALL, limit);
  }

  /** Reads the page of rows the query asks for, filtering and sorting over every row. */
  public static ScoredRows page(Engine engine, Path scored, ScoredQuery query) {
    return page(engine, scored, query, ScoredQuery.PAGE_SIZE);
  }

  private static ScoredRows page(Engine engine, Path scored, ScoredQuery query, int size) {
    String source = source(engine, scored);
    List<String> header =
        engine.query("DESCRIBE SELECT * FROM " + source, r -> r.getString("column_name"));
    String where = query.where(header);
    long total = count(engine, source, "");
    long matching = where.isEmpty() ? total : count(engine, source, where);
    List<List<String>> rows =
        engine.query(
            "SELECT COLUMNS(lambda c: c LIKE 'icp_%'), COLUMNS(lambda c: c NOT LIKE 'icp_%') FROM "
                + source
                + where
                + query.orderBy(header)
                + " LIMIT "
                + size
                + " OFFSET "
                + (long) (query.page() - 1) * size,
            r -> {
              int n = r.getMetaData().getColumnCount();
              List<String> row = new ArrayList<>(n);
              for (int i = 1; i <= n; i++) {
                row.add(r.getString(i) == null ? "" : r.getString(i));
              }
              return row;
            });
    List<String> shown = new ArrayList<>();
    header.stream().filter(h -> h.startsWith("icp_")).forEach(shown::add);
    header.stream().filter(h -> !h.startsWith("icp_")).forEach(shown::add);
    return new ScoredRows(shown, rows, matching, total);
  }

  /**
   * Writes the rows the query matches (every page, sorted as asked) as CSV to the target, with the
   * columns in the file's order; cells are copied as the scorer wrote them, formula cells already
   * neutralised.
   */
  public static void write(Engine engine, Path scored, ScoredQuery query, Path target)
      throws IOException {
    String source = source(engine, scored);
    List<String> header =
        engine.query("DESCRIBE SELECT * FROM " + source, r -> r.getString("column_name"));
    engine.copy(
        "SELECT * FROM " + source + query.where(header) + query.orderBy(header),
        "(FORMAT csv, HEADER true)",
        target);
  }

  private static String source(Engine engine, Path scored) {
    return "read_csv("
        + Engine.literal(engine.readable(scored).toString())
        + ", all_varchar = true, header = true)";
  }

  private static long count(Engine engine, String source, String where) {
    return engine.query("SELECT COUNT(*) FROM " + source + where, r -> r.getLong(1)).get(0);
  }
}
