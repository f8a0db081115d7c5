package org.icpengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.testing.ParityModels;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;

/** Scoring a market: Spark flags the rows outside the training support the Java scorer flags. */
class ScoreColumnsMarketTest {
  private static ScoreModel model() {
    return ParityModels.narrowSupport();
  }

  @Test
  void market_flagsTheMessyRowsOutsideTheSupportAsTheJavaScorerDoes() {
    List<ParityAssert.Scored> scored =
        ParityAssert.assertSameScores(model(), ScoreColumnsMessyTest.messyRows(3000, 7), true);

    assertThat(scored)
        .filteredOn(s -> "outside_support".equals(s.status()))
        .isNotEmpty()
        .allMatch(s -> s.score() != null && s.tier() != null)
        .anyMatch(s -> s.reasons().contains("outside training support: Industry"))
        .anyMatch(s -> s.reasons().contains("Employees"))
        .anyMatch(s -> s.reasons().contains("Tech"))
        .anyMatch(s -> s.reasons().contains("Country"));
    assertThat(scored).extracting(ParityAssert.Scored::status).contains("scored", "disqualified");
  }

  @Test
  void market_everyCellValueAlone_asTheJavaScorer() {
    ParityAssert.assertSameScores(model(), ScoreColumnsMessyTest.messyRows(160, 11), true);
  }

  @Test
  void notAMarket_flagsNothing() {
    assertThat(
            ParityAssert.assertSameScores(model(), ScoreColumnsMessyTest.messyRows(500, 3), false))
        .extracting(ParityAssert.Scored::status)
        .doesNotContain("outside_support");
  }

  @Test
  void market_sampleProspectsWithTheDerivedSupport_asTheJavaScorer() {
    SampleIcp sample = SampleIcp.get();
    ScoreModel derived = ModelFile.read(Path.of("target", "sample-icp", "icp.json"));
    assertThat(derived.support()).isPresent();
    ParityAssert.assertSameScores(
        derived,
        LocalSpark.get()
            .read()
            .option("header", "true")
            .option("inferSchema", "false")
            .option("multiLine", "true")
            .csv(sample.prospects().toString()),
        true);
  }
}
