package org.icpengine.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: fails on a stray quote instead of guessing. */
public final class RfcCsv {
  private final String text;
  private int at;

  private RfcCsv(String text) {
    this.text = text;
  }

  public static List<List<String>> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static List<List<String>> parse(String text) {
    RfcCsv reader = new RfcCsv(text);
    List<List<String>> rows = new ArrayList<>();
    while (reader.at < text.length()) {
      rows.add(reader.row());
    }
    return rows;
  }

  private List<String> row() {
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(text.startsWith("\"", at) ? quoted() : plain());
      if (at >= text.length()) {
        throw new IllegalStateException("last line has no line end");
      }
      char separator = text.charAt(at++);
      if (separator == '\n') {
        return fields;
      }
      if (separator != ',') {
        throw new IllegalStateException("unexpected '" + separator + "' at " + (at - 1));
      }
    }
  }

  private String plain() {
    int start = at;
    while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '\n') {
      if (text.charAt(at) == '"' || text.charAt(at) == '\r') {
        throw new IllegalStateException("unquoted quote or CR at " + at);
      }
      at++;
    }
    return text.substring(start, at);
  }

  private String quoted() {
    StringBuilder field = new StringBuilder();
    at++;
    while (true) {
      int quote = text.indexOf('"', at);
      if (quote < 0) {
        throw new IllegalStateException("unterminated quoted field");
      }
      field.append(text, at, quote);
      at = quote + 1;
      if (!text.startsWith("\"", at)) {
        return field.toString();
      }
      field.append('"');
      at++;
    }
  }
}
