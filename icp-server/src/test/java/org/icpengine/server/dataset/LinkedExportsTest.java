package org.icpengine.server.dataset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.InputException;
import org.icpengine.data.sources.SourcesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedExportsTest {
  @TempDir Path dir;

  @Test
  void checkInside_refusesAFileThroughDotDot() throws IOException {
    Path yaml = sources("../outside/accounts.csv");

    assertThatThrownBy(() -> LinkedExports.checkInside(SourcesFile.read(yaml), dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'../outside/accounts.csv' outside the zip");
  }

  @Test
  void checkInside_acceptsAFileInTheFolder() throws IOException {
    Path yaml = sources("accounts.csv");

    assertThatCode(() -> LinkedExports.checkInside(SourcesFile.read(yaml), dir))
        .doesNotThrowAnyException();
  }

  private Path sources(String file) throws IOException {
    return Files.writeString(
        dir.resolve("sources.yaml"),
        "sources:\n  - name: accounts\n    file: " + file + "\n    kind: accounts\n    key: Id\n");
  }
}
