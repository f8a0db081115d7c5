package org.icpengine.data.source;

import static org.icpengine.data.engine.Engine.literal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineException;

/** Reads delimited text: detects encoding and dialect, checks the header, collects bad rows. */
final class DelimitedReader {
  private static final int SAMPLE_CHARS = 1 << 18;

  private final Engine engine;

  DelimitedReader(Engine engine) {
    this.engine = engine;
  }

  /** The file as the engine will read it: encoding, UTF-8 copy if transcoded, dialect, header. */
  private record Opened(
      TextEncoding encoding, Path utf8, CsvDialect dialect, List<String> columns) {}

  private Opened open(Path file, ReadOptions options) throws IOException {
    TextEncoding encoding =
        options.encoding().isPresent()
            ? TextEncoding.named(file, options.encoding().get())
            : TextEncoding.detect(file);
    Path utf8 = encoding.needsTranscoding() ? transcode(file, encoding) : file;
    try {
      String sample = sample(utf8, encoding.needsTranscoding() ? 0 : encoding.bomLength());
      if (sample.isBlank()) {
        throw new InputException(file + " has no content: export the data again");
      }
      boolean tsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
      CsvDialect dialect =
          options.delimiter().isPresent()
              ? new CsvDialect(options.delimiter().get(), '"')
              : DialectSniffer.sniff(sample, tsv);
      return new Opened(encoding, utf8, dialect, header(sample, dialect));
    } catch (IOException | RuntimeException e) {
      if (!utf8.equals(file)) {
        Files.deleteIfExists(utf8);
      }
      throw e;
    }
  }

  /**
   * Opens the file for one streaming statement: the engine's scan with the same dialect, header and
   * rejects handling as {@link #read}, nothing loaded.
   */
  SourceScan scan(Path file, ReadOptions options, String name) throws IOException {
    Opened opened = open(file, options);
    String rejects = name + "_rejects";
    engine.execute("DROP TABLE IF EXISTS " + rejects);
    engine.execute("DROP TABLE IF EXISTS " + name + "_rejects_scan");
    return new SourceScan(
        file,
        SourceFormat.DELIMITED,
        readCsv(
            engine.readable(opened.utf8()),
            opened.dialect(),
            opened.columns(),
            name,
            ", store_rejects = true"),
        opened.columns(),
        Optional.of(rejects),
        opened.utf8().equals(file) ? Optional.empty() : Optional.of(opened.utf8()));
  }

  LoadedSource read(Path file, ReadOptions options, String table) throws IOException {
    Opened opened = open(file, options);
    TextEncoding encoding = opened.encoding();
    Path utf8 = opened.utf8();
    CsvDialect dialect = opened.dialect();
    List<String> columns = opened.columns();
    try {
      RejectedRows rejected;
      try {
        rejected = load(utf8, dialect, columns, table);
      } catch (EngineException e) {
        // the engine's CSV reader fails on some malformed text instead of rejecting rows
        throw SourceReader.unreadable(file, utf8, SourceFormat.DELIMITED, e);
      }
      long rows = engine.count(table);
      rejected.check(file, rows, dialect, options.strict());
      if (rows == 0) {
        throw new InputException(
            file.getFileName() + " has a header but no data rows: export the data rows too");
      }
      return new LoadedSource(
          file,
          SourceFormat.DELIMITED,
          Optional.of(encoding.label()),
          Optional.of(dialect),
          table,
          columns,
          rows,
          rejected.problems());
    } finally {
      if (!utf8.equals(file)) {
        Files.deleteIfExists(utf8);
      }
    }
  }

  private RejectedRows load(Path source, CsvDialect dialect, List<String> columns, String table) {
    Path file = engine.readable(source);
    String rejectsTable = table + "_rejects";
    String rejectsScan = table + "_rejects_scan";
    engine.execute("DROP TABLE IF EXISTS " + rejectsTable);
    engine.execute("DROP TABLE IF EXISTS " + rejectsScan);
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + table
            + " AS SELECT * FROM "
            + readCsv(file, dialect, columns, table, ", store_rejects = true"));
    RejectedRows rejected = RejectedRows.collect(engine, rejectsTable, dialect, columns);
    if (rejected.padded() > 0) {
      // read again so that short rows are padded where they stand, keeping the file's row order
      engine.execute(
          "CREATE OR REPLACE TABLE "
              + table
              + " AS SELECT * FROM "
              + readCsv(
                  file,
                  dialect,
                  columns,
                  table,
                  ", store_rejects = true, null_padding = true, parallel = false"));
    }
    return rejected;
  }

  /** Returns the engine's scan of the file; rows it cannot read go to the rejects tables. */
  private static String readCsv(
      Path file, CsvDialect dialect, List<String> columns, String table, String options) {
    String columnTypes =
        columns.stream()
            .map(c -> literal(c) + ": 'VARCHAR'")
            .collect(Collectors.joining(", ", "{", "}"));
    return "read_csv("
        + literal(file.toString())
        + ", delim = "
        + literal(String.valueOf(dialect.delimiter()))
        + ", quote = "
        + literal(String.valueOf(dialect.quote()))
        + ", escape = "
        + literal(String.valueOf(dialect.quote()))
        + ", header = true, auto_detect = false, columns = "
        + columnTypes
        + options
        + ", rejects_table = "
        + literal(table + "_rejects")
        + ", rejects_scan = "
        + literal(table + "_rejects_scan")
        + ", max_line_size = 10000000)";
  }

  private static String sample(Path file, int skip) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(skip);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      char[] buffer = new char[SAMPLE_CHARS];
      int read = reader.read(buffer, 0, buffer.length);
      return read <= 0 ? "" : new String(buffer, 0, read);
    }
  }

  /** Parses and checks the header; a header longer than the sample is refused. */
  private static List<String> header(String sample, CsvDialect dialect) {
    List<String> fields = dialect.parseLine(firstRecord(sample, dialect));
    if (sample.length() == SAMPLE_CHARS && dialect.parse(sample, 2).size() < 2) {
      Headers.checkWidth(fields.size(), true);
      throw new InputException(
          "the header row is longer than "
              + SAMPLE_CHARS / 1024
              + " KB: shorten the column names and export the file again");
    }
    return Headers.check(fields);
  }

  private static String firstRecord(String sample, CsvDialect dialect) {
    List<List<String>> records = dialect.parse(sample, 1);
    if (records.isEmpty()) {
      return sample;
    }
    // re-join the parsed header so that the header parser sees one clean record
    return records.get(0).stream()
        .map(f -> "\"" + f.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(String.valueOf(dialect.delimiter())));
  }

  private static Path transcode(Path file, TextEncoding encoding) throws IOException {
    Path target = Files.createTempFile("icp-utf8-", ".csv");
    try (InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()));
        BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      in.skipNBytes(encoding.bomLength());
      char[] buffer = new char[1 << 16];
      int read;
      long line = 1;
      while ((read = reader.read(buffer)) > 0) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            line++;
          } else if (buffer[i] == 0) {
            // the engine's SQL cannot hold a NUL character, and text never has one
            throw new InputException(
                "the file looks binary, not text (it has NUL characters near line "
                    + line
                    + "): export it as CSV, Excel, Parquet or JSON");
          }
        }
        writer.write(buffer, 0, read);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    return target;
  }
}
