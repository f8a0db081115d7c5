package org.icpengine.data.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file read into an engine table of text columns.
 *
 * @param file the file read
 * @param format its format
 * @param encoding the text encoding, for text formats
 * @param dialect the delimiter and quote, for delimited text
 * @param table the engine table holding the rows, every column VARCHAR
 * @param columns the column names, in file order
 * @param rows the number of rows read into the table
 * @param problems row-level problems found while reading, in file order
 */
public record LoadedSource(
    Path file,
    SourceFormat format,
    Optional<String> encoding,
    Optional<CsvDialect> dialect,
    String table,
    List<String> columns,
    long rows,
    List<RowProblem> problems) {

  /** Copies the lists so the record stays immutable. */
  public LoadedSource {
    columns = List.copyOf(columns);
    problems = List.copyOf(problems);
  }

  /**
   * Returns the name a column had in the file when reading renamed it: a file column whose name ICP
   * Engine reserves for its own columns ({@code icp#row}, {@code icp#key}, names ending in {@code
   * #change}) is kept under {@code "<name> (column N)"}.
   */
  public static Optional<String> renamedFrom(String column) {
    java.util.regex.Matcher m = Headers.RENAMED.matcher(column);
    return m.matches() && Headers.isReserved(m.group(1))
        ? Optional.of(m.group(1))
        : Optional.empty();
  }
}
