package org.icpengine.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.NumberScale;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.junit.jupiter.api.Test;

class ScoreModelJsonTest {
  private static JsonNode before() throws IOException {
    try (InputStream in =
        ScoreModelJsonTest.class.getResourceAsStream("fit-model-before-coverage.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void read_anOlderModelWithoutCoverageFieldsLoadsWithDefaults() throws IOException {
    ScoreModel model = ScoreModelJson.read(before());
    assertThat(model.minCoverage()).isEqualTo(ScoreModel.DEFAULT_MIN_COVERAGE);
    PointsTable.Scored employees = model.fit().attributes().get(0);
    // an older file's points for "unknown" are dropped: unknown is not evidence
    assertThat(employees.points()).containsExactly(0, -10, 5, 20);
    assertThat(model.fit().attributes().get(1).points().get(0)).isZero();
    assertThat(employees.missingSignal()).isEmpty();
    assertThat(employees.importance()).isEqualTo(30);
    assertThat(employees.attribute().scale()).isEqualTo(NumberScale.EMPLOYEES);
    assertThat(employees.labels())
        .containsExactly(
            "employees unknown", "employees 1–50", "employees 51–500", "employees 501+");
    AccountScore score = new AccountScorer(model).score(Map.of("Industry", "Fintech"));
    assertThat(score.status()).isEqualTo("insufficient_data");
  }

  @Test
  void of_thenRead_keepsTheThresholdImportanceScaleAndSignals() throws IOException {
    ScoreModel old = ScoreModelJson.read(before());
    PointsTable.Scored employees = old.fit().attributes().get(0);
    PointsTable.MissingSignal signal = new PointsTable.MissingSignal(120, 9, 20.5, 1e-4);
    PointsTable table =
        new PointsTable(
            List.of(
                new PointsTable.Scored(
                    employees.attribute(), List.of(-4, -10, 5, 20), 7.25, Optional.of(signal)),
                old.fit().attributes().get(1)),
            List.of(),
            10,
            -1.2);
    ScoreModel model = new ScoreModel(table, old.tiers(), List.of(), Optional.empty(), 0.3);
    ObjectNode json = ScoreModelJson.of(model);
    assertThat(json.at("/attributes/0/bins/0/label").asText())
        .isEqualTo("employees not given (tested: such accounts are less often ideal)");
    ScoreModel read = ScoreModelJson.read(json);
    assertThat(read.minCoverage()).isEqualTo(0.3);
    PointsTable.Scored back = read.fit().attributes().get(0);
    assertThat(back.points()).containsExactly(-4, -10, 5, 20);
    assertThat(back.importance()).isEqualTo(7.25);
    assertThat(back.missingSignal()).contains(signal);
    assertThat(back.attribute().scale()).isEqualTo(NumberScale.EMPLOYEES);
  }

  @Test
  void read_refusesACoverageThresholdOutsideZeroToOne() throws IOException {
    ObjectNode node = (ObjectNode) before();
    node.put("min_coverage", 1.5);
    assertThatThrownBy(() -> ScoreModelJson.read(node))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min_coverage");
  }
}
