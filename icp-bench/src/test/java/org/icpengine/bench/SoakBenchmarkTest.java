package org.icpengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakBenchmarkTest {
  private static final String[] NEEDED = {
    "--jar=icp.jar", "--data=d", "--log=s.log", "--icp=icp.json", "--scratch=t"
  };

  @Test
  void parse_appliesTheDefaults() {
    SoakBenchmark.Options options = SoakBenchmark.Options.parse(NEEDED);

    assertThat(options.jar()).isEqualTo(Path.of("icp.jar"));
    assertThat(options.seconds()).isEqualTo(600);
    assertThat(options.kills()).isEqualTo(2);
    assertThat(options.scoreRate()).isEqualTo(40);
    assertThat(options.uploadRows()).isEqualTo(2000);
    assertThat(options.serverOptions()).isEmpty();
  }

  @Test
  void parse_readsDurationKillsAndServerOptions() {
    SoakBenchmark.Options options =
        SoakBenchmark.Options.parse(
            NEEDED[0],
            NEEDED[1],
            NEEDED[2],
            NEEDED[3],
            NEEDED[4],
            "--duration=120",
            "--kills=3",
            "--server-opts= -Xmx1g  -XX:+UseParallelGC ");

    assertThat(options.seconds()).isEqualTo(120);
    assertThat(options.kills()).isEqualTo(3);
    assertThat(options.serverOptions()).isEqualTo(List.of("-Xmx1g", "-XX:+UseParallelGC"));
  }

  @Test
  void parse_refusesAMissingJarAndABareWord() {
    assertThatThrownBy(() -> SoakBenchmark.Options.parse("--data=d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--jar");
    assertThatThrownBy(() -> SoakBenchmark.Options.parse("kills"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not --name=value");
  }
}
