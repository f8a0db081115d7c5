package org.icpengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job as {@code icp score --engine spark} and {@code bench/run-spark.sh} start it: a
 * child JVM on {@code target/icp-spark.jar} and {@code target/spark-classpath.txt} with the flags
 * of {@code target/spark-java-options.txt}. The unit tests run on Maven's test classpath, which hid
 * a classpath file that left out a jar Spark needs to start.
 */
class ScoreJobLaunchIT {
  private static final Path TARGET = Path.of("target");

  @TempDir Path dir;

  @Test
  void packagedJob_scoresTheSampleProspectsInAChildJvm() throws IOException, InterruptedException {
    SampleIcp sample = SampleIcp.get();
    Path out = dir.resolve("scored");
    Path log = dir.resolve("job.log");
    ProcessBuilder job = new ProcessBuilder(command(sample, out));
    job.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    job.redirectErrorStream(true).redirectOutput(log.toFile());

    Process process = job.start();
    boolean ended = process.waitFor(15, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }

    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended && process.exitValue() == 0)
        .as("the job ended with exit code 0; its output:%n%s", tail(output))
        .isTrue();
    assertThat(dataLines(out)).isEqualTo(500);
  }

  private List<String> command(SampleIcp sample, Path out) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx1g");
    command.add("-Djava.io.tmpdir=" + TARGET.resolve("tmp").toAbsolutePath());
    String options = Files.readString(TARGET.resolve("spark-java-options.txt")).trim();
    command.addAll(Arrays.asList(options.split("\\s+")));
    command.add("-cp");
    command.add(
        TARGET.resolve("icp-spark.jar").toAbsolutePath()
            + java.io.File.pathSeparator
            + Files.readString(TARGET.resolve("spark-classpath.txt")).trim());
    command.add("org.icpengine.spark.ScoreJob");
    command.addAll(
        List.of(
            "--icp", TARGET.resolve("sample-icp").resolve("icp.json").toString(),
            "--in", sample.prospects().toString(),
            "--out", out.toString(),
            "--format", "csv",
            "--master", "local[1]"));
    return command;
  }

  /** Rows the job wrote, read back by a local Spark session (values may span lines). */
  private static long dataLines(Path out) {
    return LocalSpark.get()
        .read()
        .option("header", "true")
        .option("multiLine", "true")
        .csv(out.toString())
        .count();
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    return String.join(
        "\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length));
  }
}
