package org.icpengine.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.icpengine.sample.linked.LinkedSample;

/**
 * The linked sample company's exports (accounts, opportunities, subscriptions, touches, spend …) as
 * one zip, the way a team uploads them to the server.
 */
public final class LinkedZip {
  private LinkedZip() {}

  /** Writes the seeded sample of {@code accounts} accounts as a zip at {@code target}. */
  public static Path write(Path target, int accounts, long seed) throws IOException {
    Path exports = Files.createTempDirectory(target.getParent(), "linked-exports");
    LinkedSample.builder().seed(seed).accounts(accounts).build().write(exports);
    try (Stream<Path> list = Files.list(exports);
        OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      List<Path> files = list.sorted().toList();
      for (Path file : files) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    return target;
  }
}
