package org.icpengine.data.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats ICP Engine reads. */
public enum SourceFormat {
  /** Delimited text: comma, semicolon, tab or pipe separated. */
  DELIMITED("delimited text"),
  /** An Excel workbook (.xlsx): the first sheet is read. */
  EXCEL("Excel workbook"),
  /** Apache Parquet. */
  PARQUET("Parquet"),
  /** A JSON array of objects, or JSON Lines (one object per line). */
  JSON("JSON");

  private final String label;

  SourceFormat(String label) {
    this.label = label;
  }

  /** Returns a readable name of the format. */
  public String label() {
    return label;
  }

  /**
   * Detects the format from the file's first bytes, falling back to its extension.
   *
   * @throws IOException when the file cannot be read
   */
  public static SourceFormat detect(Path file) throws IOException {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (read >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
      return PARQUET;
    }
    if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return EXCEL;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON;
    }
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    if (name.endsWith(".xlsx")) {
      return EXCEL;
    }
    return DELIMITED;
  }
}
