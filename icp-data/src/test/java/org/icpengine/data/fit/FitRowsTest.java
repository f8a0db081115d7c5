package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.icpengine.core.score.TrainingData;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.traits.TraitColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one read of the fit and engagement attributes' codes that training shares. */
class FitRowsTest {
  @TempDir Path dir;

  @Test
  void read_bothScoresAtOnceGivesTheCodesAndLabelsOfReadingEachApart() {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, Fixtures.sampleCustomers(dir));
      TraitColumns.Choice columns =
          TraitColumns.choose(
              dataset, Ideals.evaluate(dataset, Optional.empty()), Set.of(), Set.of());
      FitAttributes.Choice choice = FitAttributes.build(dataset, columns.used(), false);
      assertThat(choice.engagement()).isNotEmpty();
      for (int maxRows : new int[] {Integer.MAX_VALUE, 1_500}) {
        TrainingData both = FitRows.read(dataset, choice.all(), maxRows, 7);
        int fit = choice.fit().size();
        assertSame(
            both.features(FitTraining.range(0, fit)),
            FitRows.read(dataset, choice.fit(), maxRows, 7));
        assertSame(
            both.features(FitTraining.range(fit, both.features())),
            FitRows.read(dataset, choice.engagement(), maxRows, 7));
      }
    }
  }

  private static void assertSame(TrainingData actual, TrainingData expected) {
    assertThat(actual.names()).isEqualTo(expected.names());
    assertThat(actual.binCounts()).isEqualTo(expected.binCounts());
    assertThat(actual.labels()).isEqualTo(expected.labels());
    assertThat(actual.rows()).isGreaterThan(1_000);
    for (int f = 0; f < actual.features(); f++) {
      assertThat(actual.codes()[f]).as(actual.names().get(f)).isEqualTo(expected.codes()[f]);
    }
  }
}
