package org.icpengine.server.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.DataFolder;

/**
 * Unpacks a zip of a company's exports into a folder of its own, safely: only regular entries whose
 * name ends in a data file's extension, and a {@code sources.yaml}, are taken; each is written
 * under its file name alone (never the entry's path, so no {@code ..}, absolute path or link can
 * reach outside), at most {@link #MAX_FILES} of them and at most a given number of bytes in all,
 * counted while inflating rather than trusting the entries' headers.
 */
final class ZipExports {
  /** The most files a zip may hold. */
  static final int MAX_FILES = 50;

  /** The name of the sources file a zip may carry. */
  static final String SOURCES = "sources.yaml";

  private static final Set<String> DATA =
      Set.of("csv", "tsv", "txt", "xlsx", "xlsm", "parquet", "json", "jsonl", "ndjson");

  private ZipExports() {}

  /**
   * Unpacks {@code zip} into the new folder {@code dir}.
   *
   * @throws ServerException 422 when the zip cannot be read, holds no data file, too many files,
   *     two files of one name, or more than {@code maxBytes} once inflated
   */
  static void unpack(Path zip, Path dir, long maxBytes) throws IOException {
    Files.createDirectories(dir);
    int files = 0;
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String name = fileName(entry.getName());
        if (entry.isDirectory() || !wanted(name)) {
          continue;
        }
        if (++files > MAX_FILES) {
          throw refused("it holds more than " + MAX_FILES + " files: send at most " + MAX_FILES);
        }
        Path target = dir.resolve(name.equalsIgnoreCase(SOURCES) ? SOURCES : name);
        if (Files.exists(target)) {
          throw refused("it holds two files named " + target.getFileName() + ": keep one");
        }
        total += copy(in, target, maxBytes - total, maxBytes);
      }
    } catch (java.util.zip.ZipException e) {
      throw refused("it is not a readable zip (" + e.getMessage() + "): zip the exports again");
    }
    if (files == 0) {
      throw refused("it holds no CSV, TSV, JSON, Parquet or XLSX file: zip the exports themselves");
    }
  }

  private static long copy(InputStream in, Path target, long room, long maxBytes)
      throws IOException {
    long written = 0;
    try (OutputStream out = DataFolder.createPrivate(target)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        written += n;
        if (written > room) {
          throw refused(
              "its files come to more than "
                  + maxBytes / (1024 * 1024)
                  + " MiB once unpacked: send fewer or smaller exports");
        }
        out.write(buffer, 0, n);
      }
    }
    return written;
  }

  /** Returns an entry's last path segment, whatever separators it uses. */
  static String fileName(String entryName) {
    String normal = entryName.replace('\\', '/');
    return normal.substring(normal.lastIndexOf('/') + 1).trim();
  }

  private static boolean wanted(String name) {
    if (name.isEmpty()
        || name.startsWith(".")
        || name.codePoints().anyMatch(Character::isISOControl)) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return lower.equals(SOURCES) || dot > 0 && DATA.contains(lower.substring(dot + 1));
  }

  private static ServerException refused(String why) {
    return new ServerException(
        ServerException.Kind.UNPROCESSABLE, "the zip of exports was refused: " + why);
  }
}
