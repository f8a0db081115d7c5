package org.icpengine.data.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.icpengine.data.InputException;

/**
 * Streams the first sheet of an .xlsx workbook into a UTF-8 CSV file, row by row, so that a large
 * workbook never sits in memory. Dates become ISO dates; numbers keep every digit.
 */
final class ExcelConverter {
  /** Excel's built-in number formats that display dates. */
  private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45);

  private ExcelConverter() {}

  static void toCsv(Path workbook, Path csv) throws IOException {
    try (ReadableWorkbook book =
            new ReadableWorkbook(workbook.toFile(), new ReadingOptions(true, false));
        Stream<Row> rows = book.getFirstSheet().openStream();
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      Iterator<Row> iterator = rows.iterator();
      int width = -1;
      while (iterator.hasNext()) {
        Row row = iterator.next();
        if (row.getFirstNonEmptyCell().isEmpty()) {
          continue;
        }
        if (width < 0) {
          width = row.getCellCount();
          Headers.checkWidth(width, false);
        }
        writeRow(out, row, width);
      }
      if (width < 0) {
        throw new InputException(workbook.getFileName() + " has an empty first sheet");
      }
    } catch (org.dhatim.fastexcel.reader.ExcelReaderException | IllegalStateException e) {
      throw new InputException(
          "cannot read "
              + workbook.getFileName()
              + " as an .xlsx workbook ("
              + e.getMessage()
              + "): re-save it as .xlsx or CSV",
          e);
    }
  }

  private static void writeRow(BufferedWriter out, Row row, int width) throws IOException {
    int cells = Math.max(width, row.getCellCount());
    for (int i = 0; i < cells; i++) {
      if (i > 0) {
        out.write(',');
      }
      Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
      out.write(quote(text(cell)));
    }
    out.write('\n');
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      if (isDate(cell)) {
        LocalDateTime date = cell.asDate();
        return date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? date.toLocalDate().toString()
            : date.toString();
      }
      BigDecimal number = cell.asNumber();
      return number.stripTrailingZeros().toPlainString();
    }
    String text = cell.getText();
    return text == null ? "" : text;
  }

  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && DATE_FORMATS.contains(id)) {
      return true;
    }
    String format = cell.getDataFormatString();
    return format != null
        && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").matches("(?i).*(yy|dd|mmm).*");
  }

  private static String quote(String value) {
    if (value.isEmpty()) {
      return "";
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
