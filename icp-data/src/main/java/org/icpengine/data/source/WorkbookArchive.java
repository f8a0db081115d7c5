package org.icpengine.data.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.icpengine.data.InputException;

/**
 * Checks an .xlsx archive before a workbook reader parses it, so that a small file cannot expand
 * into gigabytes: every part is decompressed once, counting the bytes as they stream (the sizes a
 * zip header states are not trusted), and the shared strings and sheets are scanned as XML.
 *
 * <p>Limits: each part at most {@link #INFLATE_RATIO} times the file's size (and at least {@link
 * #MIN_PART_BYTES}); at most {@link #MAX_SHARED_STRINGS} shared strings, each at most {@link
 * #MAX_STRING_CHARS} characters (Excel's own limit for a cell); no DOCTYPE, so no XML entities.
 */
final class WorkbookArchive {
  /** How many times its file's size one part may expand to. */
  static final int INFLATE_RATIO = 100;

  /** The size every part may reach, however small the file. */
  static final long MIN_PART_BYTES = 32L << 20;

  /** The most shared strings a workbook may hold. */
  static final int MAX_SHARED_STRINGS = 2_000_000;

  /** The longest shared string, in characters: Excel's limit for the text of one cell. */
  static final int MAX_STRING_CHARS = 32_767;

  private final Path file;
  private final long partLimit;
  private boolean missingReferences;

  private WorkbookArchive(Path file, long size) {
    this.file = file;
    this.partLimit = Math.max(MIN_PART_BYTES, size * INFLATE_RATIO);
  }

  /**
   * Checks the workbook and returns whether its sheets have rows or cells without the {@code r}
   * reference attribute, which must be numbered before the workbook reader can read them.
   *
   * @throws InputException when a limit is passed, or the archive or its XML is broken
   */
  static boolean check(Path workbook) throws IOException {
    WorkbookArchive archive = new WorkbookArchive(workbook, Files.size(workbook));
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        try (InputStream in = archive.limited(zip.getInputStream(entry), entry.getName())) {
          archive.scan(entry.getName(), in);
        }
      }
    } catch (ZipException e) {
      throw refusal(workbook, "it is not a complete zip archive (" + oneLine(e) + ")");
    } catch (InputException | IOException e) {
      throw e;
    } catch (Exception e) {
      // XMLStreamException, also thrown undeclared by the lazy parser (e.g. from getTextLength)
      throw refusal(workbook, "its XML is malformed (" + oneLine(e) + ")");
    }
    return archive.missingReferences;
  }

  private void scan(String name, InputStream in) throws IOException, XMLStreamException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("sharedstrings.xml")) {
      sharedStrings(in);
    } else if (lower.startsWith("xl/worksheets/") && lower.endsWith(".xml")) {
      sheet(in);
    } else {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  private void sharedStrings(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = open(in);
    long count = 0;
    long length = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
        if (++count > MAX_SHARED_STRINGS) {
          throw refusal(
              file,
              String.format(
                  Locale.ROOT, "it has more than %,d shared strings", MAX_SHARED_STRINGS));
        }
        length = 0;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        length += xml.getTextLength();
        if (length > MAX_STRING_CHARS) {
          throw refusal(
              file,
              String.format(
                  Locale.ROOT,
                  "shared string %,d is longer than %,d characters, Excel's limit for a cell",
                  count,
                  MAX_STRING_CHARS));
        }
      } else {
        refuseDoctype(event);
      }
    }
  }

  private void sheet(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = open(in);
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT
          && (xml.getLocalName().equals("row") || xml.getLocalName().equals("c"))
          && xml.getAttributeValue(null, "r") == null) {
        missingReferences = true;
      }
      refuseDoctype(event);
    }
  }

  private void refuseDoctype(int event) {
    if (event == XMLStreamConstants.DTD) {
      throw refusal(file, "it declares XML entities (a DOCTYPE), which Excel never writes");
    }
  }

  /** Opens XML without DTD processing or external entities. */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory.createXMLStreamReader(in);
  }

  private InputStream limited(InputStream in, String name) {
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) {
        read += n;
        if (read > partLimit) {
          throw refusal(
              file,
              String.format(
                  Locale.ROOT,
                  "its part %s expands past %,d MB, more than %d times the file's size (a zip"
                      + " bomb?)",
                  name,
                  partLimit >> 20,
                  INFLATE_RATIO));
        }
      }
    };
  }

  /** Returns the one-line refusal of a workbook, saying why. */
  static InputException refusal(Path workbook, String why) {
    return new InputException(
        "cannot read "
            + workbook.getFileName()
            + " as an .xlsx workbook: "
            + why
            + "; re-save it as .xlsx or CSV");
  }

  /** Returns the first line of an exception's message. */
  static String oneLine(Exception e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
