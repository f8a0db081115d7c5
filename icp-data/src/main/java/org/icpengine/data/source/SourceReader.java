package org.icpengine.data.source;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineException;

/**
 * Reads a customer file of any supported format into an engine table whose columns are all text, so
 * that cleaning sees every value exactly as the file has it.
 */
public final class SourceReader {
  private final Engine engine;

  /** Creates a reader that loads into the given engine. */
  public SourceReader(Engine engine) {
    this.engine = engine;
  }

  /**
   * Reads the file into the named table.
   *
   * @throws InputException when the file is missing, empty, malformed or unreadable
   */
  public LoadedSource read(Path file, ReadOptions options, String table) {
    checkReadable(file);
    try {
      SourceFormat format = SourceFormat.detect(file);
      switch (format) {
        case EXCEL:
          return readExcel(file, options, table);
        case PARQUET:
        case JSON:
          return new TypedFileReader(engine).read(file, format, table);
        default:
          return new DelimitedReader(engine).read(file, options, table);
      }
    } catch (IOException e) {
      throw new InputException(
          "cannot read " + file.getFileName() + ": " + WorkbookArchive.oneLine(e), e);
    }
  }

  /**
   * Opens the file for one streaming statement instead of loading it: the same checks of the file,
   * encoding, dialect and header as {@link #read}, and the engine's scan of it as text columns.
   * Rows a delimited scan cannot read go to its rejects table ({@link SourceScan#rejected}).
   *
   * @param name a name for the scan's own engine objects (its rejects tables)
   * @throws InputException when the file is missing, empty, malformed or unreadable
   */
  public SourceScan scan(Path file, ReadOptions options, String name) {
    checkReadable(file);
    try {
      SourceFormat format = SourceFormat.detect(file);
      switch (format) {
        case EXCEL:
          Path csv = engine.scratchFile(".csv");
          try {
            ExcelConverter.toCsv(file, csv);
            SourceScan scan = new DelimitedReader(engine).scan(csv, options, name);
            return new SourceScan(
                file,
                SourceFormat.EXCEL,
                scan.relation(),
                scan.columns(),
                scan.rejectsTable(),
                Optional.of(csv));
          } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(csv);
            throw e;
          }
        case PARQUET:
        case JSON:
          return new TypedFileReader(engine).scan(file, format);
        default:
          return new DelimitedReader(engine).scan(file, options, name);
      }
    } catch (IOException e) {
      throw new InputException(
          "cannot read " + file.getFileName() + ": " + WorkbookArchive.oneLine(e), e);
    }
  }

  private LoadedSource readExcel(Path file, ReadOptions options, String table) throws IOException {
    Path csv = engine.scratchFile(".csv");
    try {
      ExcelConverter.toCsv(file, csv);
      LoadedSource loaded = new DelimitedReader(engine).read(csv, options, table);
      return new LoadedSource(
          file,
          SourceFormat.EXCEL,
          Optional.empty(),
          Optional.empty(),
          table,
          loaded.columns(),
          loaded.rows(),
          loaded.problems());
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /**
   * Returns the one-line refusal of a file the engine could not read: the engine's message without
   * the statement, and with the file's name where it names the path it read.
   *
   * @param file the user's file
   * @param read the file the engine read: the user's, or a converted copy
   */
  static InputException unreadable(Path file, Path read, SourceFormat format, EngineException e) {
    String name = file.getFileName().toString();
    String message =
        e.getMessage()
            .replaceAll("(?s) \\[in: .*", "")
            .replace(read.toAbsolutePath().toString(), name)
            .replace(read.toString(), name)
            .replaceAll("\\s*\\R\\s*", " ")
            .strip();
    return new InputException(
        "cannot read "
            + name
            + " as "
            + format.label()
            + " ("
            + message
            + "): check that the file is complete",
        e);
  }

  private static void checkReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file + " is a folder: give the path of a data file");
    }
    if (!Files.exists(file)) {
      throw new InputException(file + " does not exist: check the path");
    }
    if (!Files.isReadable(file)) {
      throw new InputException(file + " cannot be read: check its permissions");
    }
    try {
      if (Files.size(file) == 0) {
        throw new InputException(file + " is empty: export the data again");
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file + " does not exist: check the path", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads Parquet and JSON, whose columns may be typed, into text columns. */
  static final class TypedFileReader {
    private final Engine engine;

    TypedFileReader(Engine engine) {
      this.engine = engine;
    }

    /** Returns the scan of the file as text columns under their checked names. */
    SourceScan scan(Path file, SourceFormat format) {
      String source = source(file, format);
      Described described = describe(file, format, source);
      return new SourceScan(
          file,
          format,
          described.textColumns(source),
          described.names(),
          Optional.empty(),
          Optional.empty());
    }

    LoadedSource read(Path file, SourceFormat format, String table) {
      String source = source(file, format);
      Described described = describe(file, format, source);
      List<String> names = described.names();
      try {
        engine.execute(
            "CREATE OR REPLACE TABLE "
                + table
                + " AS SELECT * FROM "
                + described.textColumns(source));
      } catch (EngineException e) {
        throw unreadable(file, file, format, e);
      }
      long rows = engine.count(table);
      if (rows == 0) {
        throw new InputException(file.getFileName() + " has no rows: export the data rows too");
      }
      return new LoadedSource(
          file, format, Optional.empty(), Optional.empty(), table, names, rows, List.of());
    }

    private String source(Path file, SourceFormat format) {
      String function = format == SourceFormat.PARQUET ? "read_parquet" : "read_json_auto";
      return function + "(" + literal(engine.readable(file).toString()) + ")";
    }

    /** The file's columns: name and engine type as described, and the checked names. */
    private record Described(List<String[]> columns, List<String> names) {
      /** Returns the columns as text under their checked names, a parenthesised SELECT. */
      String textColumns(String source) {
        List<String> projection = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          projection.add(asText(columns.get(i), names.get(i)));
        }
        return "(SELECT " + String.join(", ", projection) + " FROM " + source + ")";
      }
    }

    private Described describe(Path file, SourceFormat format, String source) {
      List<String[]> described;
      try {
        described =
            engine.query(
                "DESCRIBE SELECT * FROM " + source,
                r -> new String[] {r.getString("column_name"), r.getString("column_type")});
      } catch (EngineException e) {
        throw unreadable(file, file, format, e);
      }
      return new Described(described, Headers.check(described.stream().map(d -> d[0]).toList()));
    }

    /** Returns the column turned to text under the (checked) name it is loaded as. */
    private static String asText(String[] column, String loadedName) {
      String name = quote(column[0]);
      String as = " AS " + quote(loadedName);
      String type = column[1].toUpperCase(Locale.ROOT);
      if (type.endsWith("[]")) {
        return "array_to_string(" + name + ", '; ')" + as;
      }
      if (type.startsWith("STRUCT") || type.startsWith("MAP") || type.equals("JSON")) {
        return "to_json(" + name + ")::VARCHAR" + as;
      }
      return "CAST(" + name + " AS VARCHAR)" + as;
    }
  }
}
