package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's staleness rule ({@code ./icp}): the executable is rebuilt when any input of its
 * build is newer than it, and not for files that are not inputs. Runs a copy of the real launcher
 * in a small tree with {@code ICP_CHECK_STALE=1}.
 */
class LauncherTest {
  private static final Instant JAR_TIME = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path tree;

  @BeforeEach
  void setUp() throws IOException {
    Path launcher = Path.of("..", "icp");
    Files.copy(launcher, tree.resolve("icp"));
    write("icp-cli/target/icp.jar", JAR_TIME);
    write("pom.xml", JAR_TIME.minusSeconds(60));
    write("icp-web/src/main/jte/page.jte", JAR_TIME.minusSeconds(60));
  }

  @Test
  void aTreeOlderThanTheJar_isFresh() throws Exception {
    assertThat(check()).isEqualTo("fresh");
  }

  @Test
  void aMissingJar_isStale() throws Exception {
    Files.delete(tree.resolve("icp-cli/target/icp.jar"));
    assertThat(check()).isEqualTo("stale");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "icp-web/src/main/jte/page.jte",
        "icp-web/src/main/resources/static/app.css",
        "icp-data/src/main/resources/org/icpengine/data/fit/column-synonyms.txt",
        "icp-core/src/main/java/org/icpengine/core/Anything.java",
        "icp-server/pom.xml",
        ".mvn/wrapper/maven-wrapper.properties"
      })
  void anInputNewerThanTheJar_isStale(String input) throws Exception {
    write(input, JAR_TIME.plusSeconds(60));
    assertThat(check()).isEqualTo("stale");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "icp-web/target/classes/page.class",
        "icp-data/src/test/java/org/icpengine/data/SomeTest.java",
        "docs/scoring.md",
        ".git/index"
      })
  void aFileThatIsNoInput_leavesItFresh(String other) throws Exception {
    write(other, JAR_TIME.plusSeconds(60));
    assertThat(check()).isEqualTo("fresh");
  }

  private void write(String relative, Instant modified) throws IOException {
    Path file = tree.resolve(relative);
    Files.createDirectories(file.getParent() == null ? tree : file.getParent());
    Files.writeString(file, "x", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  private String check() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", tree.resolve("icp").toString());
    builder.environment().put("ICP_CHECK_STALE", "1");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out.strip();
  }
}
