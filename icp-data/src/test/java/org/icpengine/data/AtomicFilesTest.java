package org.icpengine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void write_createsTheFile() throws Exception {
    Path target = dir.resolve("report.json");

    AtomicFiles.write(target, bytes("{}"));

    assertThat(target).hasContent("{}");
    assertThat(listing()).containsExactly("report.json");
  }

  @Test
  void write_replacesAnExistingFileWhole() throws Exception {
    Path target = Fixtures.write(dir, "report.json", "old content that is longer than the new");

    AtomicFiles.write(target, bytes("new"));

    assertThat(target).hasContent("new");
    assertThat(listing()).containsExactly("report.json");
  }

  @Test
  void write_leavesTheOldFileAndNoTemporaryFileWhenTheWriterFails() throws IOException {
    Path target = Fixtures.write(dir, "report.json", "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(bytes("partial"));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(target).hasContent("old");
    assertThat(listing()).containsExactly("report.json");
  }

  @Test
  void write_cleansUpAfterAnUncheckedFailureToo() throws IOException {
    Path target = dir.resolve("report.json");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(bytes("partial"));
                      throw new UncheckedIOException(new IOException("boom"));
                    }))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(listing()).isEmpty();
  }

  @Test
  void write_refusesAFolderAsTarget() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("reports"));

    assertThatThrownBy(() -> AtomicFiles.write(folder, bytes("x")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is a folder");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void write_refusesATargetInAMissingFolder() {
    Path target = dir.resolve("missing").resolve("report.json");

    assertThatThrownBy(() -> AtomicFiles.write(target, bytes("x")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void write_givesANewFileTheSamePermissionsAsAnyOtherNewFile() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ordinary = Fixtures.write(dir, "ordinary.txt", "x");
    Path target = dir.resolve("report.json");

    AtomicFiles.write(target, bytes("{}"));

    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void write_acceptsARelativePath() throws Exception {
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("report.txt"));

    AtomicFiles.write(relative, bytes("relative"));

    assertThat(relative.isAbsolute()).isFalse();
    assertThat(dir.resolve("report.txt")).hasContent("relative");
    assertThat(listing()).containsExactly("report.txt");
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
