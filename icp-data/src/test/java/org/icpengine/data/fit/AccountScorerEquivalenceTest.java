package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.EngineScores.Scored;
import org.icpengine.data.traits.TraitColumns;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.sample.SampleCompany;
import org.icpengine.sample.SampleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the sample company's files in the engine ({@link BatchScorer}) and every row again with
 * {@link AccountScorer} from the row's raw text cells: score, tier, reasons and engagement score
 * must be equal on every row, and so must the priority, its reasons and the grade.
 */
class AccountScorerEquivalenceTest {
  @TempDir static Path dir;
  private static SampleFiles files;
  private static ScoreModel model;

  @BeforeAll
  static void train() throws IOException {
    files = SampleCompany.builder().seed(42).deals(0).prospects(20_000).build().write(dir);
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, files.customers());
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
      TraitColumns.Choice choice = TraitColumns.choose(dataset, ideal, Set.of(), Set.of());
      ScoreModel trained =
          FitTraining.train(
                  dataset,
                  choice.used(),
                  List.of(new Disqualifier("Industry", "Education", "Industry is Education")),
                  FitOptions.defaults())
              .model();
      List<Disqualifier> rules = new ArrayList<>(trained.disqualifiers());
      rules.add(new Disqualifier("Tech Stack", "zendesk", "uses Zendesk"));
      model =
          new ScoreModel(trained.fit(), trained.tiers(), rules, trained.engagement())
              .withPriority(trained.priority());
    }
  }

  private static List<Scored> assertEqualRowForRow(Path input, Map<String, String> columnMap) {
    return EngineScores.assertSameScores(model, input, columnMap, dir);
  }

  @Test
  void everyCustomerScoresAsInTheEngine() {
    List<Scored> expected = assertEqualRowForRow(files.customers(), Map.of());
    assertThat(expected).hasSize(4000);
    assertThat(expected).extracting(Scored::tier).contains("A", "B", "C", "D");
    assertThat(expected)
        .extracting(Scored::reasons)
        .anyMatch(r -> r.startsWith("disqualified: Industry is Education"))
        .anyMatch(r -> r.startsWith("disqualified: uses Zendesk"))
        .anyMatch(r -> r.contains(" more"))
        .noneMatch(r -> r.contains("unknown"));
    assertThat(expected).extracting(Scored::engagement).doesNotContainNull();
    assertThat(expected)
        .filteredOn(s -> s.score() != null)
        .extracting(Scored::priority)
        .doesNotContainNull();
    assertThat(expected)
        .extracting(Scored::priorityReasons)
        .anyMatch(r -> r != null && r.contains("; +") && r.contains(" fit: "))
        .anyMatch(r -> r != null && r.contains(" engagement: "));
    assertThat(expected).extracting(Scored::grade).contains("A-high", "D-low");
  }

  @Test
  void everyRowsPriorityPointsAddUpToItsPriority() {
    List<Scored> rows = EngineScores.batch(model, files.prospects(), Map.of(), dir);
    long checked = 0;
    for (Scored row : rows) {
      if (row.priority() == null) {
        assertThat(row.priorityReasons()).isNull();
        continue;
      }
      assertThat(Reasons.sum(row.priorityReasons()))
          .as(row.priorityReasons())
          .isEqualTo(row.priority());
      for (String part : row.priorityReasons().split("; ")) {
        if (!part.startsWith("base ")
            && !part.startsWith("disqualified")
            && !part.contains(" more")
            && !part.contains("capped")) {
          assertThat(part).matches("[+−]\\d+ (fit|engagement): .*");
        }
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void everyProspectScoresAsInTheEngineUnderItsOwnColumnNames() {
    // "Number of Employees" and "Annual Revenue" match by spelling; the country and the tech
    // stack by their HubSpot names, in the engine and in Java alike
    List<Scored> expected = assertEqualRowForRow(files.prospects(), Map.of());
    assertThat(expected).hasSize(20_000);
    assertThat(expected).extracting(Scored::tier).contains("A", "B", "C", "D");
    assertThat(expected)
        .extracting(Scored::reasons)
        .anyMatch(r -> r.contains("Tech Stack has Snowflake"))
        .anyMatch(r -> r.contains("Billing Country is"));
    assertThat(expected).extracting(Scored::status).contains("scored");
  }

  @Test
  void everyProspectScoresAsInTheEngineWithTheColumnsMapped() {
    List<Scored> expected =
        assertEqualRowForRow(
            files.prospects(),
            Map.of("Billing Country", "Country/Region", "Tech Stack", "Technologies"));
    assertThat(expected).extracting(Scored::tier).contains("A", "B", "C", "D");
    // unknown is not evidence: no reason gives points for an unknown value, unless tested
    assertThat(expected).extracting(Scored::reasons).noneMatch(r -> r.contains("unknown"));
    List<String> signals =
        model.fit().attributes().stream()
            .filter(a -> a.missingSignal().isPresent())
            .map(a -> a.attribute().displayName() + " not given")
            .toList();
    for (Scored row : expected) {
      for (String part : row.reasons().split("; ")) {
        if (part.contains(" not given (tested")) {
          assertThat(signals).anyMatch(part::contains);
        }
      }
    }
  }

  @Test
  void anAccountWithOnlyOneKnownAttributeHasInsufficientDataNotTierA() {
    AccountScore score = new AccountScorer(model).score(Map.of("Industry", "Fintech"));
    assertThat(score.status()).isEqualTo("insufficient_data");
    assertThat(score.tier()).isNull();
    assertThat(score.score()).isNull();
    assertThat(score.coverage()).isLessThan(model.minCoverage());
    assertThat(score.reasons()).startsWith("not scored: insufficient data, ");
  }

  @Test
  void numbersReadAsAtMostSixRoundRangesInReasonsAndPointsTable() {
    List<PointsTable.Scored> numbers =
        model.fit().attributes().stream()
            .filter(a -> a.attribute().kind() == FitAttribute.Kind.NUMBER)
            .toList();
    assertThat(numbers).isNotEmpty();
    for (PointsTable.Scored number : numbers) {
      assertThat(number.attribute().bins() - 1).isBetween(1, HonestFit.MAX_RANGES);
      assertThat(number.labels()).noneMatch(l -> l.contains("and ≤"));
    }
    PointsTable.Scored employees =
        numbers.stream()
            .filter(a -> a.attribute().column().equals("NumberOfEmployees"))
            .findFirst()
            .orElseThrow();
    assertThat(employees.labels()).allMatch(l -> l.startsWith("employees "));
    assertThat(employees.label(1)).startsWith("employees 1–");
  }
}
