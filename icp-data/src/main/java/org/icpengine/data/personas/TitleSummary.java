package org.icpengine.data.personas;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;

/**
 * What a file's titles say, counted over its rows.
 *
 * @param file the file read
 * @param column the column the titles came from
 * @param rows the rows read
 * @param empty the rows with an empty title
 * @param counts rows per function and seniority (empty titles left out), the largest first
 * @param unrecognisedRows rows with a title no function rule matched
 * @param unrecognisedTitles distinct such titles
 * @param unrecognised the commonest such titles with their rows, the commonest first
 * @param skippedRows rows the reader could not split into the header's columns, left out
 */
public record TitleSummary(
    Path file,
    String column,
    long rows,
    long empty,
    List<Count> counts,
    long unrecognisedRows,
    long unrecognisedTitles,
    List<Example> unrecognised,
    long skippedRows) {

  /**
   * Rows with one function and seniority.
   *
   * @param function the function key
   * @param seniority the level
   * @param rows the rows
   */
  public record Count(String function, Seniority seniority, long rows) {}

  /**
   * An unrecognised title.
   *
   * @param title the title as the file spells it
   * @param rows the rows with it
   */
  public record Example(String title, long rows) {}

  /** Copies the lists. */
  public TitleSummary {
    counts = List.copyOf(counts);
    unrecognised = List.copyOf(unrecognised);
  }

  /**
   * Counts a file's roles.
   *
   * @param counted a relation of distinct titles with their roles: title, n (its rows), function,
   *     seniority, recognised
   */
  static TitleSummary of(
      Engine engine, LoadedSource source, String column, String counted, int examples) {
    String present = " WHERE trim(title) <> ''";
    List<Count> counts =
        engine.query(
            "SELECT function, seniority, sum(n) AS rows FROM "
                + counted
                + present
                + " GROUP BY ALL ORDER BY rows DESC, 1, 2",
            r ->
                new Count(
                    r.getString(1),
                    Seniority.valueOf(r.getString(2).toUpperCase(Locale.ROOT)),
                    r.getLong(3)));
    long nonEmpty = counts.stream().mapToLong(Count::rows).sum();
    String unknown = " FROM " + counted + present + " AND NOT recognised";
    long[] totals =
        engine.queryOne(
            "SELECT coalesce(sum(n), 0), count(*)" + unknown,
            r -> new long[] {r.getLong(1), r.getLong(2)});
    List<Example> unrecognised =
        engine.query(
            "SELECT title, n" + unknown + " ORDER BY n DESC, 1 LIMIT " + examples,
            r -> new Example(r.getString(1), r.getLong(2)));
    long skipped = source.problems().stream().filter(p -> p.reason().endsWith(": skipped")).count();
    return new TitleSummary(
        source.file(),
        column,
        source.rows(),
        source.rows() - nonEmpty,
        counts,
        totals[0],
        totals[1],
        unrecognised,
        skipped);
  }
}
