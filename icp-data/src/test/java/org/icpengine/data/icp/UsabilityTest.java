package org.icpengine.data.icp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsabilityTest {
  @TempDir static Path dir;
  private static IcpDefinition planted;
  private static IcpDefinition shuffled;

  @BeforeAll
  static void derive() {
    planted = derive(SampleCompany.builder().seed(42), "planted");
    shuffled = derive(SampleCompany.builder().seed(42).shuffledOutcomes(7), "shuffled");
  }

  private static IcpDefinition derive(SampleCompany.Builder sample, String name) {
    try (Engine engine = Fixtures.engine()) {
      Path customers = sample.deals(0).prospects(0).build().write(dir.resolve(name)).customers();
      Dataset dataset = Fixtures.open(engine, customers);
      return Derivation.derive(
          dataset,
          customers,
          DeriveOptions.defaults(),
          Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void derive_judgesThePlantedIcpUsableAndBetterThanTheBaseline() {
    Usability usability = planted.usability();
    assertThat(usability.verdict()).isEqualTo(Usability.Verdict.USABLE);
    assertThat(usability.reason()).isEmpty();
    assertThat(usability.aucInterval().low()).isGreaterThan(0.7);
    assertThat(usability.aucInterval().high()).isGreaterThan(usability.auc());
  }

  @Test
  void derive_onShuffledOutcomesIsNotUsableAndSaysWhy() {
    Usability usability = shuffled.usability();
    assertThat(usability.verdict()).isEqualTo(Usability.Verdict.NOT_USABLE);
    assertThat(usability.usable()).isFalse();
    assertThat(usability.aucInterval().low()).isLessThanOrEqualTo(Usability.CHANCE);
    assertThat(usability.reason()).contains("does not rule out chance (0.5)");
  }

  @Test
  void icpJson_recordsTheVerdictAndReadsItBack() {
    ObjectNode json = IcpJson.of(shuffled);
    assertThat(json.get("usable").asBoolean()).isFalse();
    assertThat(json.at("/usability/reason").asText()).isEqualTo(shuffled.usability().reason());
    Usability read = IcpJson.usability(IcpDocument.of(json, "icp.json"));
    assertThat(read).isEqualTo(shuffled.usability());
    assertThat(IcpJson.usability(IcpDocument.of(IcpJson.of(planted), "icp.json")).usable())
        .isTrue();
  }

  @Test
  void icpJson_withoutTheFieldReadsAsUnknownAndUsable() throws IOException {
    ObjectNode older = IcpJson.of(planted);
    older.remove("usable");
    older.remove("usability");
    Usability read = IcpJson.usability(IcpDocument.parse(older.toString(), "icp.json"));
    assertThat(read.verdict()).isEqualTo(Usability.Verdict.UNKNOWN);
    assertThat(read.usable()).isTrue();
    assertThat(read.reason()).isEmpty();
  }
}
