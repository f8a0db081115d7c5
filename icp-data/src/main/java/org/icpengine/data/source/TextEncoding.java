package org.icpengine.data.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.InputException;

/**
 * The character encoding of a text file, detected from its bytes: UTF-8 (with or without byte order
 * mark), UTF-16 or UTF-32 with a byte order mark, or else Windows-1252 (a superset of Latin-1's
 * printable characters). A file that mixes valid UTF-8 with other bytes is refused, because any
 * guess would alter the user's text.
 *
 * @param charset the detected charset
 * @param bomLength the number of byte-order-mark bytes at the start of the file
 * @param label a readable name for reports, such as "UTF-8 with BOM"
 */
public record TextEncoding(Charset charset, int bomLength, String label) {
  private static final int BLOCK = 1 << 16;

  /** Returns whether the file needs converting to UTF-8 before the engine reads it. */
  public boolean needsTranscoding() {
    return !charset.equals(StandardCharsets.UTF_8);
  }

  /**
   * Detects the encoding of a text file.
   *
   * @throws InputException when the file looks binary or mixes encodings
   */
  public static TextEncoding detect(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BLOCK)) {
      byte[] head = in.readNBytes(4);
      if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
        return scan(file, 3, "UTF-8 with BOM");
      }
      if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
        return new TextEncoding(Charset.forName("UTF-32LE"), 4, "UTF-32LE");
      }
      if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
        return new TextEncoding(Charset.forName("UTF-32BE"), 4, "UTF-32BE");
      }
      if (startsWith(head, 0xFF, 0xFE)) {
        return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE");
      }
      if (startsWith(head, 0xFE, 0xFF)) {
        return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE");
      }
    }
    return scan(file, 0, "UTF-8");
  }

  /** Returns the encoding the user named, checking that UTF-8 really is UTF-8. */
  public static TextEncoding named(Path file, String name) throws IOException {
    Charset charset;
    try {
      charset = Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "unknown encoding '" + name + "': use utf-8, windows-1252, iso-8859-1 or utf-16");
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      TextEncoding detected = detect(file);
      if (!detected.charset.equals(StandardCharsets.UTF_8)) {
        throw new InputException(
            "the file is not valid UTF-8: re-save it as UTF-8 or leave out --encoding");
      }
      return detected;
    }
    return new TextEncoding(charset, 0, charset.displayName());
  }

  private static TextEncoding scan(Path file, int bom, String utf8Label) throws IOException {
    Utf8Scan result = Utf8Scan.of(file, bom);
    if (result.binary()) {
      throw new InputException(
          "the file looks binary, not text (it has NUL bytes near line "
              + result.line()
              + "): export it as CSV, Excel, Parquet or JSON");
    }
    if (result.valid()) {
      return new TextEncoding(StandardCharsets.UTF_8, bom, utf8Label);
    }
    if (result.multiByteSequences() > 0 || bom > 0) {
      throw new InputException(
          "the file mixes UTF-8 with another encoding (first invalid byte on line "
              + result.line()
              + "): re-save it as UTF-8, or pass --encoding windows-1252 if that is what it is");
    }
    return new TextEncoding(Charset.forName("windows-1252"), 0, "Windows-1252 (Latin-1)");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
