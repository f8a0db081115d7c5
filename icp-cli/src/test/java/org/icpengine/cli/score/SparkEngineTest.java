package org.icpengine.cli.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkEngineTest {
  @TempDir Path dir;

  @Test
  void command_refusesInOneLineWhenTheSparkModuleIsNotBuilt() {
    assertThatThrownBy(
            () ->
                SparkEngine.command(
                    dir, Path.of("icp.json"), Path.of("in.csv"), Path.of("out"), "csv", "local[1]"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("the Spark engine is not built")
        .hasMessageContaining("./mvnw -B -pl icp-spark -am package")
        .hasMessageNotContaining("\n");
  }

  @Test
  void command_runsTheJobWithSparksJarsFlagsAndTheInputsFormat() throws IOException {
    Files.writeString(dir.resolve(SparkEngine.JAR), "");
    Files.writeString(dir.resolve(SparkEngine.CLASSPATH), "/m2/spark-core.jar:/m2/scala.jar\n");
    Files.writeString(
        dir.resolve(SparkEngine.JVM_OPTIONS), "--add-opens=java.base/java.nio=ALL-UNNAMED");

    List<String> command =
        SparkEngine.command(
            dir,
            Path.of("icp.json"),
            Path.of("accounts.csv"),
            Path.of("out"),
            "parquet",
            "local[2]");

    assertThat(command).contains("--add-opens=java.base/java.nio=ALL-UNNAMED");
    assertThat(command)
        .contains(
            dir.resolve(SparkEngine.JAR)
                + java.io.File.pathSeparator
                + "/m2/spark-core.jar:/m2/scala.jar");
    assertThat(command)
        .containsSubsequence(
            "org.icpengine.spark.ScoreJob",
            "--icp",
            "icp.json",
            "--in",
            "accounts.csv",
            "--out",
            "out")
        .containsSubsequence("--format", "parquet", "--master", "local[2]", "--in-format", "csv");
  }
}
