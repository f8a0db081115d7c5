package org.icpengine.data.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx files part by part from raw XML, for workbooks no spreadsheet program would write:
 * bombs, rows without references, entity declarations.
 */
final class RawWorkbook {
  /** Writes the XML of one part to a stream, so that huge parts never sit in memory. */
  @FunctionalInterface
  interface PartWriter {
    void write(OutputStream out) throws IOException;
  }

  private final Map<String, PartWriter> parts = new LinkedHashMap<>();

  private RawWorkbook() {}

  /** Returns a workbook with one sheet whose XML is given, and no shared strings. */
  static RawWorkbook withSheet(PartWriter sheet) {
    RawWorkbook book = new RawWorkbook();
    book.part(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
            + " PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>");
    book.part(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"xl/workbook.xml\"/></Relationships>");
    book.part(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Accounts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    book.part(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
            + " Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
            + " Target=\"styles.xml\"/></Relationships>");
    book.part(
        "xl/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
    book.parts.put("xl/worksheets/sheet1.xml", sheet);
    book.sharedStrings("");
    return book;
  }

  /** Returns a workbook whose sheet holds the given rows XML. */
  static RawWorkbook withRows(String rows) {
    return withSheet(out -> out.write(sheetXml(rows).getBytes(StandardCharsets.UTF_8)));
  }

  /** Wraps rows XML in a worksheet element. */
  static String sheetXml(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  /** Sets the shared strings part from the XML of its {@code si} items. */
  RawWorkbook sharedStrings(String items) {
    return part(
        "xl/sharedStrings.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + items
            + "</sst>");
  }

  /** Sets the shared strings part from a writer. */
  RawWorkbook sharedStrings(PartWriter writer) {
    parts.put("xl/sharedStrings.xml", writer);
    return this;
  }

  /** Sets a part's XML. */
  RawWorkbook part(String name, String xml) {
    parts.put(name, out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Returns the zipped workbook, compressed at the best level. */
  byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      for (Map.Entry<String, PartWriter> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        part.getValue().write(zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
