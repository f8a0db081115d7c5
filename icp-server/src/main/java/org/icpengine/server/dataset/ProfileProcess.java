package org.icpengine.server.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icpengine.data.InputException;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and profiles uploads in a child JVM (same class path, {@link ProfileChild}), one of the
 * engine slots at a time, so a native crash or a runaway read of a hostile file ends that process,
 * not the server. The child's answer comes back as JSON through a file in the scratch folder; a
 * crash, or a read that passes the time limit, is refused (422) saying the file could not be read.
 */
public final class ProfileProcess implements FileProfiler {
  private static final Logger LOG = LoggerFactory.getLogger(ProfileProcess.class);

  private final Engines engines;
  private final Path scratch;
  private final Duration timeout;
  private final String mainClass;

  /** Profiles in {@link ProfileChild} processes that may each run for the time limit. */
  public ProfileProcess(Engines engines, Path scratch, Duration timeout) {
    this(engines, scratch, timeout, ProfileChild.class.getName());
  }

  /** Profiles with another main class (tests: one that crashes). */
  ProfileProcess(Engines engines, Path scratch, Duration timeout, String mainClass) {
    this.engines = engines;
    this.scratch = scratch;
    this.timeout = timeout;
    this.mainClass = mainClass;
  }

  @Override
  public String profile(Path file, String fileName) throws Exception {
    return engines.inSlot(() -> run(file, fileName));
  }

  private String run(Path file, String fileName) throws IOException, InterruptedException {
    Path answer = Files.createTempFile(scratch, "profile-", ".json");
    try {
      Process child = start(file, fileName, answer);
      if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw unreadable("reading it took longer than the limit of " + say(timeout));
      }
      String out = Files.readString(answer, StandardCharsets.UTF_8).strip();
      int code = child.exitValue();
      if (code == 0 && !out.isEmpty()) {
        return out.substring(out.lastIndexOf('\n') + 1);
      }
      if (code == ProfileChild.NOT_A_DATASET && !out.isEmpty()) {
        throw new InputException(out.substring(out.lastIndexOf('\n') + 1));
      }
      LOG.error("the reader of upload {} ended with exit code {}", fileName, code);
      throw unreadable("the reader stopped abnormally (exit code " + code + ")");
    } finally {
      Files.deleteIfExists(answer);
    }
  }

  private Process start(Path file, String fileName, Path answer) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-cp",
            System.getProperty("java.class.path"),
            mainClass,
            file.toAbsolutePath().toString(),
            fileName,
            engines.memoryLimit());
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(answer.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    child.getOutputStream().close();
    return child;
  }

  private static String say(Duration limit) {
    return limit.toSeconds() >= 60 ? limit.toMinutes() + " min" : limit.toMillis() + " ms";
  }

  private static ServerException unreadable(String why) {
    return new ServerException(
        ServerException.Kind.UNPROCESSABLE,
        "the file could not be read: "
            + why
            + "; check that it is a valid CSV, TSV, JSON, Parquet or XLSX file, or save it again"
            + " as CSV");
  }
}
