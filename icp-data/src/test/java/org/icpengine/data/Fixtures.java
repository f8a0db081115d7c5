package org.icpengine.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.icpengine.sample.SampleCompany;

/** Fixture files and datasets shared by the tests of every package. */
public final class Fixtures {
  private Fixtures() {}

  /** Opens a small engine for one test. */
  public static Engine engine() {
    return Engine.open("1GB");
  }

  /** Returns the path of a fixture file that sits beside the test class on the classpath. */
  public static Path resource(Class<?> test, String name) {
    URL url = test.getResource(name);
    if (url == null) {
      throw new IllegalStateException("no fixture " + name + " beside " + test.getName());
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes text as UTF-8 to a file in the folder. */
  public static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes to a file in the folder. */
  public static Path write(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes lines joined by newlines, with a final newline, as UTF-8. */
  public static Path lines(Path dir, String name, List<String> lines) {
    return write(dir, name, String.join("\n", lines) + "\n");
  }

  /** Reads, cleans and profiles a file with default options. */
  public static Dataset open(Engine engine, Path file) {
    return Dataset.open(engine, file, DatasetOptions.defaults());
  }

  /** Returns every row of a table or view, each value as text (null when missing), in row order. */
  public static List<List<String>> rows(Engine engine, String relation) {
    return engine.query(
        "SELECT * FROM " + relation + " ORDER BY rowid",
        r -> {
          List<String> row = new java.util.ArrayList<>();
          for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            row.add(r.getString(i));
          }
          return row;
        });
  }

  /** Returns one cleaned column of a dataset as text (null when missing), in row order. */
  public static List<String> cleaned(Dataset dataset, String column) {
    String c = Engine.quote(column);
    String type =
        dataset
            .engine()
            .queryOne("SELECT typeof(" + c + ") FROM clean LIMIT 1", r -> r.getString(1));
    String text =
        type.endsWith("[]") ? "array_to_string(" + c + ", '|')" : "CAST(" + c + " AS VARCHAR)";
    return dataset
        .engine()
        .query(
            "SELECT "
                + text
                + " FROM "
                + Dataset.CLEAN
                + " ORDER BY "
                + Engine.quote(CleanedTable.ROW),
            r -> r.getString(1));
  }

  /** Writes the sample company's customers.csv (seed 42, 4,000 customers) into the folder. */
  public static Path sampleCustomers(Path dir) {
    try {
      return SampleCompany.builder().seed(42).deals(0).prospects(0).build().write(dir).customers();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
