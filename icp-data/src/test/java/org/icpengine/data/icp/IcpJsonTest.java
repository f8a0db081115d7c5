package org.icpengine.data.icp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.document.IcpContents;
import org.icpengine.model.document.IcpContentsJson;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** icp.json written by icp-model's one writer and read back by its one reader, on the sample. */
class IcpJsonTest {
  @TempDir static Path dir;
  private static IcpDefinition sample;

  @BeforeAll
  static void derive() throws Exception {
    try (Engine engine = Fixtures.engine()) {
      Path customers =
          SampleCompany.builder().seed(42).deals(0).prospects(0).build().write(dir).customers();
      Dataset dataset = Fixtures.open(engine, customers);
      sample =
          Derivation.derive(
              dataset,
              customers,
              DeriveOptions.defaults(),
              Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
    }
  }

  @Test
  void write_readBack_givesTheSameRecordsAndTheSameBytes() throws Exception {
    Path file = dir.resolve("icp.json");
    IcpJson.write(sample, file);
    byte[] written = Files.readAllBytes(file);

    IcpContents read = IcpDocument.read(file).contents();
    byte[] again = IcpContentsJson.bytes(read);
    IcpContents readAgain =
        IcpDocument.parse(new String(again, StandardCharsets.UTF_8), "again").contents();

    assertThat(readAgain).isEqualTo(read);
    assertThat(new String(again, StandardCharsets.UTF_8))
        .isEqualTo(new String(written, StandardCharsets.UTF_8));
  }

  @Test
  void read_givesEveryPartOfTheDerivedIcp() throws Exception {
    IcpDocument document = IcpDocument.of(IcpJson.of(sample), "icp.json");

    assertThat(document.formatVersion()).isEqualTo(IcpDefinition.FORMAT_VERSION);
    assertThat(document.provenance().options().keySet())
        .containsExactly(
            "ideal", "exclude", "include_leaky", "max_depth", "holdout", "engagement_in_fit");
    assertThat(document.provenance().createdAt()).isEqualTo("2024-05-01T12:00:00Z");
    assertThat(IcpJson.ideal(document)).isEqualTo(sample.ideal());
    assertThat(document.traits()).hasSameSizeAs(sample.traits());
    assertThat(document.traits().get(0).condition()).isEqualTo(sample.traits().get(0).condition());
    assertThat(document.traits().get(0).lift()).isEqualTo(sample.traits().get(0).lift());
    assertThat(document.traits().get(0).economics()).isEqualTo(sample.traits().get(0).economics());
    assertThat(document.segments()).hasSameSizeAs(sample.segments());
    assertThat(document.outcomeSegments()).hasSameSizeAs(sample.outcomeFindings());
    assertThat(document.coverage().idealShare()).isEqualTo(sample.coverage().idealShare());
    assertThat(document.summary()).isEqualTo(sample.summary());
    assertThat(IcpJson.usability(document)).isEqualTo(sample.usability());
    assertThat(document.model().tiers()).isEqualTo(sample.fit().model().tiers());
    assertThat(document.evaluation().orElseThrow().fit().auc())
        .isEqualTo(sample.fit().evaluation().fit().metrics().auc());
  }
}
