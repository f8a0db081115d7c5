package org.icpengine.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.icpengine.data.InputException;
import org.icpengine.server.Engines;
import org.icpengine.server.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads read in a child process: its answer, its refusal, its crash and its hang. */
class ProfileProcessTest {
  @TempDir Path dir;

  private final Engines engines = new Engines(1, "512MB");

  /** A child that dies as a native crash would: no answer, an abnormal exit code. */
  public static final class CrashingChild {
    private CrashingChild() {}

    /** Ends the process at once. */
    public static void main(String[] args) {
      Runtime.getRuntime().halt(134);
    }
  }

  /** A child that never answers. */
  public static final class HangingChild {
    private HangingChild() {}

    /** Sleeps for a minute. */
    public static void main(String[] args) throws InterruptedException {
      Thread.sleep(60_000);
    }
  }

  private ProfileProcess process(Duration timeout, Class<?> main) {
    return new ProfileProcess(engines, dir, timeout, main.getName());
  }

  @Test
  void profile_readsTheFileInAChildAndAnswersItsProfile() throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"), "Company,Won\nA,true\nB,false\n");
    String json = process(Duration.ofMinutes(2), ProfileChild.class).profile(csv, "mine.csv");
    JsonNode profile = new ObjectMapper().readTree(json);
    assertThat(profile.get("rows").asLong()).isEqualTo(2);
    assertThat(profile.get("file").asText()).isEqualTo("mine.csv");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("a.csv");
    }
  }

  @Test
  void profile_passesOnWhyAFileIsNotADataset() throws Exception {
    Path binary = Files.write(dir.resolve("b.csv"), new byte[] {0, 1, 2, 3, 0, 0, 9, 8});
    assertThatThrownBy(
            () -> process(Duration.ofMinutes(2), ProfileChild.class).profile(binary, "b"))
        .isInstanceOf(InputException.class)
        .hasMessageNotContaining("\n");
  }

  @Test
  void profile_turnsAChildThatDiesIntoAnUnreadableFile() throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"), "Company,Won\nA,true\n");
    assertThatThrownBy(() -> process(Duration.ofMinutes(2), CrashingChild.class).profile(csv, "a"))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> assertThat(e.kind()).isEqualTo(ServerException.Kind.UNPROCESSABLE))
        .hasMessageStartingWith("the file could not be read: the reader stopped abnormally")
        .hasMessageContaining("exit code 134");
  }

  @Test
  void profile_stopsAChildThatTakesTooLong() throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"), "Company,Won\nA,true\n");
    long started = System.nanoTime();
    assertThatThrownBy(() -> process(Duration.ofSeconds(3), HangingChild.class).profile(csv, "a"))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("the file could not be read: reading it took longer than");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }
}
