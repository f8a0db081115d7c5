package org.icpengine.cli.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icpengine.data.InputException;

/**
 * {@code icp score --engine spark}: runs the icp-spark module's {@code ScoreJob} in a child JVM, so
 * that Spark, Scala and Spark's Jackson never join this program's classpath. The job's jar, the
 * list of Spark's jars and Spark's JVM flags are the files that building icp-spark leaves in its
 * {@code target/} folder, found next to this program's own module or in {@code ICP_SPARK_DIR}.
 */
final class SparkEngine {
  static final String JAR = "icp-spark.jar";
  static final String CLASSPATH = "spark-classpath.txt";
  static final String JVM_OPTIONS = "spark-java-options.txt";

  private SparkEngine() {}

  /** The command that runs the job; InputException (one line) when icp-spark is not built. */
  static List<String> command(Path dir, Path icp, Path in, Path out, String format, String master) {
    Path jar = dir.resolve(JAR);
    Path classpath = dir.resolve(CLASSPATH);
    Path options = dir.resolve(JVM_OPTIONS);
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath)) {
      throw new InputException(
          "the Spark engine is not built ("
              + jar
              + " is missing): run ./mvnw -B -pl icp-spark -am package -DskipTests, or set"
              + " ICP_SPARK_DIR to the folder holding "
              + JAR
              + " and "
              + CLASSPATH);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    try {
      if (Files.isRegularFile(options)) {
        command.addAll(Arrays.asList(Files.readString(options).trim().split("\\s+")));
      }
      command.add("-cp");
      command.add(
          jar
              + java.io.File.pathSeparator
              + Files.readString(classpath, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    command.addAll(
        List.of(
            "org.icpengine.spark.ScoreJob",
            "--icp",
            icp.toString(),
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--format",
            format,
            "--master",
            master));
    if (in.getFileName().toString().matches("(?i).*\\.(csv|tsv|txt)(\\.gz)?$")) {
      command.addAll(List.of("--in-format", "csv"));
    }
    return command;
  }

  /** The folder of icp-spark's build: ICP_SPARK_DIR, else icp-spark/target beside icp-cli. */
  static Path dir() {
    String given = System.getenv("ICP_SPARK_DIR");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    try {
      Path self =
          Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // icp-cli/target/icp.jar or icp-cli/target/classes: the repository is two folders up
      Path module = self.getParent().getParent();
      return module.resolveSibling("icp-spark").resolve("target");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("icp-spark", "target");
    }
  }

  /** Runs the job, its output passed through; returns its exit status. */
  static int run(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      return builder.start().waitFor();
    } catch (IOException e) {
      throw new InputException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
