package org.icpengine.data.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Numbers the rows and cells of sheets written without the {@code r} reference attribute (which the
 * OOXML standard makes optional and some generators leave out): a row without one follows the row
 * before it, a cell without one the cell before it. The result is a copy of the workbook.
 */
final class SheetReferences {
  private static final String R = "r";

  private final XMLEventFactory events = XMLEventFactory.newFactory();
  private int row;
  private int column;

  private SheetReferences() {}

  /** Writes a copy of the workbook whose sheets' rows and cells all carry references. */
  static Path number(Path workbook) throws IOException {
    Path copy = Files.createTempFile("icp-xlsx-", ".xlsx");
    try (ZipFile zip = new ZipFile(workbook.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = zip.getInputStream(entry)) {
          String name = entry.getName().toLowerCase(Locale.ROOT);
          if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
            new SheetReferences().copy(in, out);
          } else {
            in.transferTo(out);
          }
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      Files.deleteIfExists(copy);
      throw e;
    } catch (NumberFormatException e) {
      Files.deleteIfExists(copy);
      throw WorkbookArchive.refusal(
          workbook, "a row number is not a number (" + e.getMessage() + ")");
    } catch (Exception e) {
      // a malformed sheet: XMLStreamException (declared or not), or a row number that is none
      Files.deleteIfExists(copy);
      throw WorkbookArchive.refusal(
          workbook, "its XML is malformed (" + WorkbookArchive.oneLine(e) + ")");
    }
    return copy;
  }

  private void copy(InputStream in, OutputStream out) throws XMLStreamException {
    XMLInputFactory inputs = XMLInputFactory.newFactory();
    inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLEventReader reader = inputs.createXMLEventReader(in);
    XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
    while (reader.hasNext()) {
      XMLEvent event = reader.nextEvent();
      writer.add(event.isStartElement() ? numbered(event.asStartElement()) : event);
    }
    writer.flush();
  }

  private XMLEvent numbered(StartElement element) {
    String name = element.getName().getLocalPart();
    Attribute reference = element.getAttributeByName(new javax.xml.namespace.QName(R));
    if (name.equals("row")) {
      row = reference == null ? row + 1 : Integer.parseInt(reference.getValue().strip());
      column = 0;
      return reference == null ? withReference(element, String.valueOf(row)) : element;
    }
    if (name.equals("c")) {
      column = reference == null ? column + 1 : columnOf(reference.getValue());
      return reference == null ? withReference(element, letters(column) + row) : element;
    }
    return element;
  }

  private XMLEvent withReference(StartElement element, String value) {
    List<Attribute> attributes = new ArrayList<>();
    element.getAttributes().forEachRemaining(a -> attributes.add(a));
    attributes.add(events.createAttribute(R, value));
    return events.createStartElement(
        element.getName(), attributes.iterator(), element.getNamespaces());
  }

  /** Returns the 1-based column of a reference such as {@code AB12}. */
  static int columnOf(String reference) {
    int column = 0;
    for (char c : reference.strip().toUpperCase(Locale.ROOT).toCharArray()) {
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column;
  }

  /** Returns the letters of a 1-based column: 1 is A, 27 is AA. */
  static String letters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }
}
