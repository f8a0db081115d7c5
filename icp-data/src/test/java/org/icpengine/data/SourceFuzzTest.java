package org.icpengine.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Feeds arbitrary bytes to every file format through the path a user's file takes: written to a
 * file and opened as a {@link Dataset}. The property: the file is read, or refused with an {@link
 * InputException} whose message is one line; any other exception, a hang or a crash is a finding.
 *
 * <p>Under {@code mvn test} each target runs once per file in {@code SourceFuzzTestInputs/<target>}
 * (regression mode); with {@code JAZZER_FUZZ=1} one target fuzzes (see docs/fuzzing.md).
 */
class SourceFuzzTest {
  private static Engine engine;
  private static Path dir;

  @BeforeAll
  static void openEngine() throws IOException {
    engine = Engine.open("1GB");
    dir = Files.createTempDirectory("icp-fuzz-");
  }

  @AfterAll
  static void closeEngine() throws IOException {
    engine.close();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "2m")
  void csv(byte[] bytes) throws IOException {
    readsOrRefuses("accounts.csv", bytes);
  }

  @FuzzTest(maxDuration = "2m")
  void tsv(byte[] bytes) throws IOException {
    readsOrRefuses("accounts.tsv", bytes);
  }

  @FuzzTest(maxDuration = "2m")
  void xlsx(byte[] bytes) throws IOException {
    readsOrRefuses("accounts.xlsx", bytes);
  }

  @FuzzTest(maxDuration = "2m")
  void json(byte[] bytes) throws IOException {
    readsOrRefuses("accounts.json", bytes);
  }

  @FuzzTest(maxDuration = "2m")
  void parquet(byte[] bytes) throws IOException {
    readsOrRefuses("accounts.parquet", bytes);
  }

  private static void readsOrRefuses(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    try {
      Dataset dataset = Dataset.open(engine, file, DatasetOptions.defaults());
      assertThat(dataset.columns()).isNotEmpty();
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
