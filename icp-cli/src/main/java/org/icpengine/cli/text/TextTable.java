package org.icpengine.cli.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A table of text laid out in aligned columns, numbers right-aligned, cells cut to a width. */
public final class TextTable {
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final int maxWidth;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Creates a table.
   *
   * @param headers the column headings
   * @param rightAligned which columns hold numbers and align right
   * @param maxWidth the widest a cell may be before it is cut with an ellipsis
   */
  public TextTable(List<String> headers, boolean[] rightAligned, int maxWidth) {
    if (headers.size() != rightAligned.length) {
      throw new IllegalArgumentException("one alignment per header is needed");
    }
    this.headers = List.copyOf(headers);
    this.rightAligned = rightAligned.clone();
    this.maxWidth = maxWidth;
  }

  /** Adds a row of cells, one per header. */
  public TextTable add(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, got " + cells.size());
    }
    rows.add(cells.stream().map(this::cut).toList());
    return this;
  }

  /** Prints the table with a heading line. */
  public void print(PrintWriter out, String indent) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(indent + line(headers, widths));
    for (List<String> row : rows) {
      out.println(indent + line(row, widths));
    }
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + cell : cell + pad);
    }
    return line.toString().stripTrailing();
  }

  private String cut(String cell) {
    String oneLine = cell == null ? "" : cell.replaceAll("[\\r\\n\\t]+", " ");
    return oneLine.length() <= maxWidth ? oneLine : oneLine.substring(0, maxWidth - 1) + "…";
  }
}
