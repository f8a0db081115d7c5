package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.data.fit.EngineScores.Scored;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.testing.ParityModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring a market of messy cells: the engine and the Java scorer flag the same rows outside a
 * training support narrower than the cells' values, over every kind of attribute.
 */
class MarketMessyFileTest {
  @TempDir Path dir;

  private static ScoreModel model() {
    return ParityModels.narrowSupport();
  }

  @Test
  void aMessyMarketIsFlaggedAsInTheEngineRowForRow() {
    List<Scored> scored =
        EngineScores.assertSameScores(
            model(),
            AccountScorerMessyFileTest.messyFile(dir, "market.csv", 3000, 7),
            Map.of(),
            dir,
            true);
    assertThat(scored)
        .filteredOn(s -> "outside_support".equals(s.status()))
        .isNotEmpty()
        .anyMatch(s -> s.reasons().contains("outside training support: Industry"))
        .anyMatch(s -> s.reasons().contains("Employees"))
        .anyMatch(s -> s.reasons().contains("Tech"));
  }

  @Test
  void everyMessyCellAloneIsFlaggedAsInTheEngine() {
    EngineScores.assertSameScores(
        model(),
        AccountScorerMessyFileTest.messyFile(dir, "small.csv", 160, 11),
        Map.of(),
        dir,
        true);
  }
}
