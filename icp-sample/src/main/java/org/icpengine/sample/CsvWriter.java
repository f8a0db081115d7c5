package org.icpengine.sample;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 rows in UTF-8 with {@code "\n"} line ends. A field is quoted only when it holds a
 * comma, a double quote, CR or LF; embedded double quotes are doubled.
 */
public final class CsvWriter implements Closeable {
  private static final int BUFFER_BYTES = 1 << 16;

  private final OutputStream out;
  private final StringBuilder line = new StringBuilder(512);

  CsvWriter(OutputStream out) {
    this.out = out;
  }

  /** Opens {@code file} for writing, creating its parent directories. */
  public static CsvWriter open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new CsvWriter(new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES));
  }

  /** Writes one row; an empty string is written as an empty field. */
  public void row(List<String> fields) throws IOException {
    line.setLength(0);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      appendField(line, fields.get(i));
    }
    line.append('\n');
    out.write(line.toString().getBytes(StandardCharsets.UTF_8));
  }

  static void appendField(StringBuilder target, String field) {
    if (!needsQuotes(field)) {
      target.append(field);
      return;
    }
    target.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        target.append('"');
      }
      target.append(c);
    }
    target.append('"');
  }

  private static boolean needsQuotes(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
