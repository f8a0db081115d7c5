package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.data.fit.EngineScores.Scored;
import org.icpengine.model.scoring.FoldingKey;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.scoring.TrainingSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring a market of messy cells: the engine and the Java scorer flag the same rows outside a
 * training support narrower than the cells' values, over every kind of attribute.
 */
class MarketMessyFileTest {
  @TempDir Path dir;

  private static Set<String> keys(String... values) {
    return Arrays.stream(values).map(FoldingKey::of).collect(Collectors.toSet());
  }

  private static ScoreModel model() {
    TrainingSupport support =
        new TrainingSupport(
            1_000,
            TrainingSupport.Base.WON_VS_LOST,
            List.of(
                TrainingSupport.Column.of("Industry", keys("Fintech", "Healthtech", "Education")),
                TrainingSupport.Column.of("Country", keys("United States", "Germany")),
                TrainingSupport.Column.of("Employees", 5, 5_000),
                TrainingSupport.Column.of("Revenue", 1e5, 1e9),
                TrainingSupport.Column.of("Tech", keys("Snowflake", "HubSpot", "dbt")),
                TrainingSupport.Column.of("Website", keys("acme.com")),
                TrainingSupport.Column.of("Notes", keys("VIP", "Churn risk"))));
    return org.icpengine.model.testing.ParityModels.everyKind().withSupport(Optional.of(support));
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
