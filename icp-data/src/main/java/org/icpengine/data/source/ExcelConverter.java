package org.icpengine.data.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Locale;
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

  /** The most rows a sheet may have: Excel's own limit. */
  static final int MAX_ROWS = 1_048_576;

  /** How many times the file's size the CSV text of its first sheet may reach. */
  static final int OUTPUT_RATIO = 100;

  /** The CSV text every workbook may reach, in characters, however small the file. */
  static final long MIN_OUTPUT_CHARS = 64L << 20;

  private ExcelConverter() {}

  /**
   * Converts the first sheet to CSV, after {@link WorkbookArchive} has checked the archive.
   *
   * @throws InputException when the workbook is broken, empty or too large for its file size
   */
  static void toCsv(Path workbook, Path csv) throws IOException {
    Path readable = WorkbookArchive.check(workbook) ? SheetReferences.number(workbook) : workbook;
    try {
      convert(workbook, readable, csv);
    } finally {
      if (!readable.equals(workbook)) {
        Files.deleteIfExists(readable);
      }
    }
  }

  private static void convert(Path workbook, Path readable, Path csv) throws IOException {
    long maxChars = Math.max(MIN_OUTPUT_CHARS, Files.size(workbook) * OUTPUT_RATIO);
    try (ReadableWorkbook book =
            new ReadableWorkbook(readable.toFile(), new ReadingOptions(true, false));
        Stream<Row> rows = book.getFirstSheet().openStream();
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      Iterator<Row> iterator = rows.iterator();
      int width = -1;
      long written = 0;
      long count = 0;
      while (iterator.hasNext()) {
        Row row = iterator.next();
        if (row.getFirstNonEmptyCell().isEmpty()) {
          continue;
        }
        if (width < 0) {
          width = row.getCellCount();
          Headers.checkWidth(width, false);
        }
        written += writeRow(out, row, width);
        checkSize(workbook, ++count, written, maxChars);
      }
      if (width < 0) {
        throw new InputException(workbook.getFileName() + " has an empty first sheet");
      }
    } catch (InputException | IOException e) {
      throw e;
    } catch (Exception e) {
      // the workbook reader fails with assorted exceptions on malformed sheets, some of them
      // checked XML exceptions thrown through its row stream
      throw WorkbookArchive.refusal(workbook, WorkbookArchive.oneLine(e));
    }
  }

  /** Refuses a sheet past Excel's row limit, or whose text outgrows the file's size. */
  private static void checkSize(Path workbook, long rows, long chars, long maxChars) {
    if (rows > MAX_ROWS) {
      throw WorkbookArchive.refusal(
          workbook, String.format(Locale.ROOT, "its sheet has more than %,d rows", MAX_ROWS));
    }
    if (chars > maxChars) {
      throw WorkbookArchive.refusal(
          workbook,
          String.format(
              Locale.ROOT,
              "its first sheet expands to more than %d times the file's size",
              OUTPUT_RATIO));
    }
  }

  /** Writes one row and returns the number of characters written. */
  private static long writeRow(BufferedWriter out, Row row, int width) throws IOException {
    int cells = Math.max(width, row.getCellCount());
    long written = cells;
    for (int i = 0; i < cells; i++) {
      if (i > 0) {
        out.write(',');
      }
      Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
      String text = quote(text(cell));
      out.write(text);
      written += text.length();
    }
    out.write('\n');
    return written;
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
