package org.icpengine.data.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.engine.Engine;

/**
 * A file opened for one streaming statement rather than loaded into a table: {@link #relation()} is
 * the engine's scan of the file, every column as text under its checked name, in file order. A
 * delimited scan stores the rows it cannot read in its rejects table; {@link #rejected(Engine)}
 * says, after the statement ran, whether there were any (a caller then reads the file with {@link
 * SourceReader#read}, which reports and places them). Closing deletes any converted copy.
 *
 * @param file the user's file
 * @param format its format
 * @param relation the engine's scan, to use in a FROM clause
 * @param columns the column names, in file order
 * @param rejectsTable the table the scan stores unreadable rows in, for delimited text
 * @param converted a converted copy the scan reads (transcoded text, a workbook's CSV), if any
 */
public record SourceScan(
    Path file,
    SourceFormat format,
    String relation,
    List<String> columns,
    Optional<String> rejectsTable,
    Optional<Path> converted)
    implements AutoCloseable {

  /** Copies the column list. */
  public SourceScan {
    columns = List.copyOf(columns);
  }

  /** Returns whether the scan, once run, met rows it could not read as they stand. */
  public boolean rejected(Engine engine) {
    if (rejectsTable.isEmpty()) {
      return false;
    }
    return engine.queryOne(
            "SELECT count(*) FROM (SELECT 1 FROM " + rejectsTable.get() + " LIMIT 1)",
            r -> r.getLong(1))
        > 0;
  }

  /** Deletes the converted copy, if any. */
  @Override
  public void close() {
    if (converted.isPresent()) {
      try {
        Files.deleteIfExists(converted.get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
