package org.icpengine.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.icpengine.server.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipExportsTest {
  @TempDir Path dir;

  @Test
  void unpack_keepsDataFilesUnderTheirNamesAlone() throws IOException {
    Path zip =
        zip(
            List.of(
                "../../up.csv",
                "/abs/accounts.parquet",
                "C:\\\\win\\\\deals.xlsx",
                "exports/Sources.YAML",
                "notes.md",
                "exports/.hidden.csv"));
    Path out = dir.resolve("out");

    ZipExports.unpack(zip, out, 1_000_000);

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("up.csv", "accounts.parquet", "deals.xlsx", "sources.yaml");
    }
    assertThat(dir.getParent().resolve("up.csv")).doesNotExist();
  }

  @Test
  void unpack_refusesTooManyFiles() throws IOException {
    List<String> names =
        java.util.stream.IntStream.rangeClosed(0, ZipExports.MAX_FILES)
            .mapToObj(i -> "f" + i + ".csv")
            .toList();
    Path zip = zip(names);

    assertThatThrownBy(() -> ZipExports.unpack(zip, dir.resolve("out"), 1_000_000))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("more than " + ZipExports.MAX_FILES + " files");
  }

  @Test
  void unpack_refusesTwoFilesOfOneName() throws IOException {
    Path zip = zip(List.of("a/accounts.csv", "b/accounts.csv"));

    assertThatThrownBy(() -> ZipExports.unpack(zip, dir.resolve("out"), 1_000_000))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("two files named accounts.csv");
  }

  @Test
  void unpack_refusesAFileThatIsNotAZip() throws IOException {
    Path notZip = Files.writeString(dir.resolve("plain.zip"), "id,name\n1,a\n");

    assertThatThrownBy(() -> ZipExports.unpack(notZip, dir.resolve("out"), 1_000_000))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("no CSV");
  }

  private Path zip(List<String> names) throws IOException {
    Path zip = dir.resolve("in.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (String name : names) {
        z.putNextEntry(new ZipEntry(name));
        z.write("id,name\n1,a\n".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return zip;
  }
}
