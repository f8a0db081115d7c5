package org.icpengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOptionsTest {
  @TempDir Path folder;

  @Test
  void parse_readsEveryOption() throws IOException {
    Path file = Files.writeString(folder.resolve("big.csv"), "a\n1\n");
    Path warmup = Files.writeString(folder.resolve("small.csv"), "a\n1\n");

    BenchOptions options =
        BenchOptions.parse(
            "--repeats=5", "--warmup=" + warmup, "--memory-limit=4GB", "--trace", file.toString());

    assertThat(options.file()).isEqualTo(file);
    assertThat(options.warmup()).contains(warmup);
    assertThat(options.repeats()).isEqualTo(5);
    assertThat(options.memoryLimit()).contains("4GB");
    assertThat(options.trace()).isTrue();
  }

  @Test
  void parse_defaultsToThreeRepeatsWithoutWarmup() throws IOException {
    Path file = Files.writeString(folder.resolve("big.csv"), "a\n1\n");

    BenchOptions options = BenchOptions.parse(file.toString());

    assertThat(options.repeats()).isEqualTo(3);
    assertThat(options.warmup()).isEmpty();
    assertThat(options.memoryLimit()).isEmpty();
  }

  @Test
  void parse_rejectsMissingFileAndBadRepeats() {
    assertThatThrownBy(BenchOptions::parse).hasMessageContaining("missing FILE");
    assertThatThrownBy(() -> BenchOptions.parse(folder.resolve("absent.csv").toString()))
        .hasMessageContaining("is not a file");
    assertThatThrownBy(() -> BenchOptions.parse("--repeats=0", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void run_exitsWithTwoOnUsageErrors() {
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();

    int code =
        EndToEndBenchmark.run(
            new String[] {"--bogus"},
            new java.io.PrintStream(out, true),
            new java.io.PrintStream(err, true));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("unexpected argument '--bogus'").contains("usage:");
  }
}
