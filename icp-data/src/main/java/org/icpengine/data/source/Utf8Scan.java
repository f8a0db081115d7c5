package org.icpengine.data.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One pass over a file's bytes that checks UTF-8 validity, counts multi-byte sequences and looks
 * for NUL bytes (a sign of a binary file or UTF-16 without a byte order mark). The pass goes on
 * after an invalid byte, so that NUL bytes and UTF-8 sequences later in the file are found too;
 * {@code line} is the line of the first NUL byte, else of the first invalid byte.
 */
record Utf8Scan(boolean valid, boolean binary, long multiByteSequences, long line) {
  private static final int BLOCK = 1 << 20;

  static Utf8Scan of(Path file, int skip) throws IOException {
    byte[] buffer = new byte[BLOCK + 4];
    long line = 1;
    long multiByte = 0;
    long invalidLine = 0;
    int carry = 0;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(skip);
      int read;
      while ((read = in.readNBytes(buffer, carry, BLOCK)) > 0) {
        int end = carry + read;
        boolean last = read < BLOCK;
        int i = 0;
        while (i < end) {
          int b = buffer[i];
          if (b >= 0) {
            if (b == 0) {
              return new Utf8Scan(false, true, multiByte, line);
            }
            if (b == '\n') {
              line++;
            }
            i++;
            continue;
          }
          int length = sequenceLength(b & 0xFF);
          if (i + length > end && !last) {
            break; // the sequence continues in the next block
          }
          if (length == 0 || i + length > end || !continuations(buffer, i + 1, length - 1)) {
            invalidLine = invalidLine == 0 ? line : invalidLine;
            i++;
            continue;
          }
          multiByte++;
          i += length;
        }
        carry = end - i;
        System.arraycopy(buffer, i, buffer, 0, carry);
        if (last) {
          break;
        }
      }
    }
    if (invalidLine > 0) {
      return new Utf8Scan(false, false, multiByte, invalidLine);
    }
    return new Utf8Scan(carry == 0, false, multiByte, line);
  }

  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static boolean continuations(byte[] buffer, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if ((buffer[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
