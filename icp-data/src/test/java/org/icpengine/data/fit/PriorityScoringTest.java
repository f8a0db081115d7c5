package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.ValueType;
import org.icpengine.core.score.Tiers;
import org.icpengine.model.document.ScoreModelJson;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.EngagementLevels;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.Priority;
import org.icpengine.model.scoring.ScoreModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The priority and the grade on a hand-built model whose every figure is worked out by hand. */
class PriorityScoringTest {
  @TempDir Path dir;

  private static final FitAttribute INDUSTRY =
      new FitAttribute(
          "Industry",
          FitAttribute.Kind.CATEGORY,
          "firmographic",
          ValueType.CATEGORY,
          List.of(),
          List.of("Fintech", "Healthtech", "Education"));

  private static final FitAttribute VISITS =
      new FitAttribute(
          "Web Visits",
          FitAttribute.Kind.NUMBER,
          "behavioural",
          ValueType.NUMBER,
          List.of(10.0, 50.0),
          List.of());

  /**
   * Fit: Fintech +25, Healthtech +10, Education −10, another industry −5; tiers A ≥ 70, B ≥ 55, C ≥
   * 40. Engagement: visits ≤ 10 −20, 11–50 +5, 51+ +30; levels high ≥ 70, medium ≥ 50. Priority:
   * Fintech +20, Healthtech +8, Education −12, other −4; visits −15, +4, +25; Fintech with 51+
   * visits +6 more.
   */
  private static ScoreModel model() {
    PointsTable fit =
        new PointsTable(
            List.of(new PointsTable.Scored(INDUSTRY, List.of(0, 25, 10, -10, -5))),
            List.of(),
            10,
            0);
    PointsTable engagement =
        new PointsTable(
            List.of(new PointsTable.Scored(VISITS, List.of(0, -20, 5, 30))), List.of(), 10, 0);
    PointsTable priority =
        new PointsTable(
            List.of(
                new PointsTable.Scored(INDUSTRY, List.of(0, 20, 8, -12, -4)),
                new PointsTable.Scored(VISITS, List.of(0, -15, 4, 25))),
            List.of(
                new PointsTable.Interaction(
                    0,
                    1,
                    List.of(0, 1, 0, 0, 0),
                    List.of(0, 0, 0, 1),
                    List.of(List.of(0, 0), List.of(0, 6)))),
            10,
            0);
    return new ScoreModel(
            fit,
            new Tiers(70, 55, 40),
            List.of(new Disqualifier("Industry", "Education", "Industry is Education")),
            Optional.of(engagement),
            ScoreModel.DEFAULT_MIN_COVERAGE)
        .withPriority(Optional.of(new Priority(priority, new EngagementLevels(70, 50))));
  }

  private static AccountScore score(ScoreModel model, String industry, String visits) {
    Map<String, String> account = new HashMap<>();
    account.put("Industry", industry);
    account.put("Web Visits", visits);
    return new AccountScorer(model).score(account);
  }

  @Test
  void grade_isTheFitTierByTheEngagementLevelInEveryCell() {
    ScoreModel model = model();
    assertThat(score(model, "Fintech", "100").grade()).isEqualTo("A-high");
    assertThat(score(model, "Healthtech", "20").grade()).isEqualTo("B-medium");
    assertThat(score(model, "Retail", "5").grade()).isEqualTo("C-low");
    assertThat(score(model, "Fintech", null).grade()).isEqualTo("A-unknown");
    // a disqualified account is tier D whatever its engagement
    assertThat(score(model, "Education", "100").grade()).isEqualTo("D-high");
    // no fit value: no tier, so no grade
    assertThat(score(model, null, "100").grade()).isNull();
  }

  @Test
  void priority_addsTheFitAndEngagementPointsAndNamesTheirSides() {
    ScoreModel model = model();
    AccountScore healthtech = score(model, "Healthtech", "20");
    assertThat(healthtech.score()).isEqualTo(60);
    assertThat(healthtech.engagement()).isEqualTo(55);
    assertThat(healthtech.priority()).isEqualTo(62);
    assertThat(healthtech.priorityReasons())
        .isEqualTo("base 50; +8 fit: Industry is Healthtech; +4 engagement: Web Visits 10–50");
    AccountScore fintech = score(model, "Fintech", "100");
    assertThat(fintech.priority()).isEqualTo(100);
    assertThat(fintech.priorityReasons())
        .contains("+6 fit: Industry is Fintech with engagement: Web Visits")
        .endsWith("; −1 capped at 100");
    assertThat(Reasons.sum(fintech.priorityReasons())).isEqualTo(100);
    assertThat(score(model, "Retail", "5").priority()).isEqualTo(31);
    assertThat(score(model, "Fintech", null).priority()).isEqualTo(70);
    AccountScore education = score(model, "Education", "100");
    assertThat(education.priority()).isEqualTo(63);
    assertThat(education.priorityReasons()).startsWith("disqualified: Industry is Education; ");
    assertThat(score(model, null, "100").priority()).isNull();
  }

  @Test
  void batchScoring_givesThePriorityAndGradeOfTheSingleAccountScorer() throws IOException {
    Path file = dir.resolve("accounts.csv");
    Files.writeString(
        file,
        "Industry,Web Visits\n"
            + "Fintech,100\nHealthtech,20\nRetail,5\nFintech,\nEducation,100\n,100\nfintech,51\n");
    List<EngineScores.Scored> rows = EngineScores.assertSameScores(model(), file, Map.of(), dir);
    assertThat(rows)
        .extracting(EngineScores.Scored::grade)
        .containsExactly("A-high", "B-medium", "C-low", "A-unknown", "D-high", null, "A-high");
    assertThat(rows)
        .extracting(EngineScores.Scored::priority)
        .containsExactly(100, 62, 31, 70, 63, null, 100);
  }

  @Test
  void aModelWithoutEngagementHasNoPriorityNorGrade() throws IOException {
    ScoreModel model = model();
    ScoreModel fitOnly =
        new ScoreModel(model.fit(), model.tiers(), model.disqualifiers(), Optional.empty());
    AccountScore score = score(fitOnly, "Fintech", "100");
    assertThat(score.tier()).isEqualTo("A");
    assertThat(score.priority()).isNull();
    assertThat(score.priorityReasons()).isNull();
    assertThat(score.grade()).isNull();
    Path file = dir.resolve("fit-only.csv");
    Files.writeString(file, "Industry\nFintech\n");
    List<EngineScores.Scored> rows = EngineScores.assertSameScores(fitOnly, file, Map.of(), dir);
    assertThat(rows).extracting(EngineScores.Scored::priority).containsOnlyNulls();
    assertThatThrownBy(() -> fitOnly.withPriority(model.priority()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the fit score is the priority");
  }

  @Test
  void json_keepsThePriorityAndLevelsAndRefusesAPriorityOnAnotherColumn() {
    ScoreModel model = model();
    ScoreModel read = ScoreModelJson.read(ScoreModelJson.of(model));
    assertThat(read.priority()).isEqualTo(model.priority());
    var json = ScoreModelJson.of(model);
    assertThat(json.at("/engagement_levels/high").asInt()).isEqualTo(70);
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/priority/attributes/0"))
        .put("column", "Revenue");
    assertThatThrownBy(() -> ScoreModelJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fit_model.priority reads Revenue");
  }

  @Test
  void levels_fromScoresPutTheTopFifthHighAndTheNextThirdMedium() {
    int[] scores = new int[100];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = i;
    }
    EngagementLevels levels = EngagementLevels.fromScores(scores);
    assertThat(levels).isEqualTo(new EngagementLevels(80, 50));
    assertThat(levels.level(80)).isEqualTo("high");
    assertThat(levels.level(79)).isEqualTo("medium");
    assertThat(levels.level(49)).isEqualTo("low");
    assertThat(levels.level(null)).isEqualTo("unknown");
  }
}
