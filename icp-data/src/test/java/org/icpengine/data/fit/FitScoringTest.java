package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.core.score.TrainingData;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.traits.TraitColumns;
import org.icpengine.model.document.FitEvaluation;
import org.icpengine.model.document.ScoreModelJson;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FitScoringTest {
  @TempDir static Path dir;
  private static Engine engine;
  private static Path customers;
  private static FitTraining.Result result;
  private static TraitColumns.Choice choice;

  @BeforeAll
  static void train() {
    engine = Fixtures.engine();
    customers = Fixtures.sampleCustomers(dir);
    Dataset dataset = Fixtures.open(engine, customers);
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
    choice = TraitColumns.choose(dataset, ideal, java.util.Set.of(), java.util.Set.of());
    result =
        FitTraining.train(
            dataset,
            choice.used(),
            List.of(new Disqualifier("Industry", "Education", "Industry is Education")),
            FitOptions.defaults());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static List<List<String>> score(Path output, OutputFormat format) throws IOException {
    try (Engine scoring = Fixtures.engine()) {
      new BatchScorer(scoring)
          .score(
              customers,
              ReadOptions.defaults(),
              result.model(),
              new BatchScorer.Output(output, format, false),
              DatasetOptions.Progress.none());
    }
    try (Engine reader = Fixtures.engine()) {
      return reader.query(
          "SELECT * FROM read_csv("
              + Engine.literal(reader.readable(output).toString())
              + ", all_varchar = true, header = true)",
          r -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
              row.add(r.getString(i));
            }
            return row;
          });
    }
  }

  @Test
  void theScoreIsWithinHalfAPointOfAucOfTheScorecardBaselineOnThePlantedIcpAndIsCalibrated() {
    FitEvaluation evaluation = result.evaluation();
    assertThat(evaluation.fit().metrics().auc()).isGreaterThan(0.75);
    assertThat(evaluation.fit().metrics().auc())
        .isGreaterThan(evaluation.baseline().metrics().auc() - 0.005);
    assertThat(evaluation.fit().metrics().calibrationSlope()).isBetween(0.7, 1.3);
    assertThat(evaluation.fit().tiers().tier('A').observedRate())
        .isGreaterThan(3 * evaluation.fit().tiers().tier('D').observedRate());
    assertThat(evaluation.holdoutRows() + evaluation.trainRows()).isEqualTo(4000);
  }

  @Test
  void behaviouralColumnsFeedTheEngagementScoreNotTheFitScore() {
    List<String> fitColumns =
        result.model().fit().attributes().stream().map(a -> a.attribute().column()).toList();
    assertThat(fitColumns).contains("Industry").doesNotContain("Web Visits (90d)");
    assertThat(result.model().engagement()).isPresent();
    assertThat(result.model().engagement().get().attributes())
        .extracting(a -> a.attribute().column())
        .contains("Web Visits (90d)");
  }

  @Test
  void scoringTheFileInTheEngineGivesTheTrainedScoresRowForRow() throws IOException {
    List<List<String>> rows = score(dir.resolve("scored.csv"), OutputFormat.CSV);
    Dataset dataset = Fixtures.open(engine, customers);
    List<FitAttribute> attributes =
        result.model().fit().attributes().stream().map(PointsTable.Scored::attribute).toList();
    TrainingData codes = FitRows.read(dataset, attributes);
    assertThat(rows).hasSize(codes.rows());
    List<String> header;
    try (Engine reader = Fixtures.engine()) {
      header =
          reader.query(
              "DESCRIBE SELECT * FROM read_csv("
                  + Engine.literal(reader.readable(dir.resolve("scored.csv")).toString())
                  + ", all_varchar = true, header = true)",
              r -> r.getString(1));
    }
    int score = header.indexOf("icp_score");
    int reasons = header.indexOf("icp_reasons");
    int coverage = header.indexOf("icp_coverage");
    int status = header.indexOf("icp_status");
    assertThat(header.subList(0, score)).isEqualTo(dataset.columns());
    List<String> raw = Fixtures.rows(engine, Dataset.RAW).stream().map(r -> r.get(0)).toList();
    long insufficient = 0;
    for (int i = 0; i < codes.rows(); i++) {
      if ("insufficient_data".equals(rows.get(i).get(status))) {
        insufficient++;
        assertThat(rows.get(i).get(score)).isNull();
        assertThat(Double.parseDouble(rows.get(i).get(coverage))).isLessThanOrEqualTo(0.5);
        assertThat(rows.get(i).get(reasons)).startsWith("not scored: insufficient data, ");
        continue;
      }
      int expected = 50;
      for (int f = 0; f < attributes.size(); f++) {
        expected += result.model().fit().attributes().get(f).points().get(codes.code(f, i));
      }
      for (PointsTable.Interaction pair : result.model().fit().interactions()) {
        expected +=
            pair.points()
                .get(pair.firstGroups().get(codes.code(pair.first(), i)))
                .get(pair.secondGroups().get(codes.code(pair.second(), i)));
      }
      expected = Math.max(0, Math.min(100, expected));
      assertThat(rows.get(i).get(score)).as("row %d", i).isEqualTo(String.valueOf(expected));
      assertThat(rows.get(i).get(0)).isEqualTo(raw.get(i));
      assertThat(sumOf(rows.get(i).get(reasons))).as("reasons of row %d", i).isEqualTo(expected);
    }
    assertThat(insufficient).isLessThan(codes.rows() / 10);
  }

  /** Adds up the numbers in the reasons: "base 50; +18 …; −6 …; +2 from 4 more". */
  private static int sumOf(String reasons) {
    Matcher numbers =
        Pattern.compile("(?:^|; )(?:base |disqualified: [^;]*; base )?([+−]?)(\\d+)")
            .matcher(reasons);
    int sum = 0;
    while (numbers.find()) {
      int value = Integer.parseInt(numbers.group(2));
      sum += numbers.group(1).equals("−") ? -value : value;
    }
    return sum;
  }

  @Test
  void disqualifiedAccountsAreTierDWithTheReason() throws IOException {
    List<List<String>> rows = score(dir.resolve("disq.csv"), OutputFormat.CSV);
    int industry = 0;
    List<String> header = List.of();
    try (Engine reader = Fixtures.engine()) {
      header =
          reader.query(
              "DESCRIBE SELECT * FROM read_csv("
                  + Engine.literal(reader.readable(dir.resolve("disq.csv")).toString())
                  + ", all_varchar = true, header = true)",
              r -> r.getString(1));
    }
    industry = header.indexOf("Industry");
    int tier = header.indexOf("icp_tier");
    int reasons = header.indexOf("icp_reasons");
    long education = 0;
    for (List<String> row : rows) {
      String value = row.get(industry);
      if (value != null && value.strip().equalsIgnoreCase("education")) {
        education++;
        assertThat(row.get(tier)).isEqualTo("D");
        assertThat(row.get(reasons)).startsWith("disqualified: Industry is Education; base 50");
      }
    }
    assertThat(education).isGreaterThan(10);
  }

  @Test
  void hubspotLayoutUsesTheBuiltInTierProperty() throws IOException {
    Path out = dir.resolve("hubspot.csv");
    List<List<String>> rows = score(out, OutputFormat.HUBSPOT);
    String header = Files.readAllLines(out).get(0);
    assertThat(header).contains("Ideal Customer Profile Tier", "ICP Fit Score", "ICP Fit Reasons");
    assertThat(header).contains("ICP Priority", "ICP Priority Reasons", "ICP Grade");
    // the tier property, then score, tier, reasons, engagement, priority, its reasons, grade,
    // coverage and status
    assertThat(rows.stream().map(r -> r.get(r.size() - 10)).distinct())
        .containsAnyOf("tier_1", "tier_2", "tier_3");
    assertThat(rows.stream().map(r -> r.get(r.size() - 3)).distinct())
        .contains("A-high")
        .allMatch(g -> g == null || g.isEmpty() || g.matches("[A-D]-(high|medium|low|unknown)"));
  }

  @ParameterizedTest
  @EnumSource(
      value = OutputFormat.class,
      names = {"CSV", "HUBSPOT", "SALESFORCE"})
  void everyTextLayoutNeutralisesFormulaCellsHeaderIncluded(OutputFormat format)
      throws IOException {
    Path prospects =
        Fixtures.lines(
            dir,
            "formulas-" + format.key() + ".csv",
            List.of(
                "Company,=cmd|' /C calc'!A0,Industry,+Note,-Margin,@Owner,Number of Employees",
                "\"=HYPERLINK(\"\"http://evil.test\"\")\",x,Fintech,+1+1,-5,@SUM(A1),500",
                "Beta,y,Education,\"\tlead\",-2.5e3,-A1*2,\"\r=1\""));
    Path out = dir.resolve("formulas-" + format.key() + "-scored.csv");
    BatchScorer.Summary summary;
    try (Engine scoring = Fixtures.engine()) {
      summary =
          new BatchScorer(scoring)
              .score(
                  prospects,
                  ReadOptions.defaults(),
                  result.model(),
                  new BatchScorer.Output(out, format, false),
                  DatasetOptions.Progress.none());
    }
    String written = Files.readString(out);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .startsWith("Company,'=cmd|' /C calc'!A0,Industry,'+Note,'-Margin,'@Owner,");
    assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(").contains(",'+1+1,-5,'@SUM(A1),500,");
    assertThat(written).contains(",'\tlead,-2.5e3,'-A1*2,", "\"'\r=1\"");
    // header: 4 cells; rows: =HYPERLINK, +1+1, @SUM(A1), tab, -A1*2, CR (-5, -2.5e3 are numbers)
    assertThat(summary.neutralised()).isEqualTo(10);
    Path kept = dir.resolve("formulas-" + format.key() + "-kept.csv");
    try (Engine scoring = Fixtures.engine()) {
      new BatchScorer(scoring)
          .score(
              prospects,
              ReadOptions.defaults(),
              result.model(),
              new BatchScorer.Output(kept, format, true),
              DatasetOptions.Progress.none());
    }
    assertThat(Files.readAllLines(kept).get(0)).startsWith("Company,=cmd|");
  }

  @Test
  void aFileWithoutTheModelsColumnsIsRefused() {
    Path other = Fixtures.lines(dir, "other.csv", List.of("a,b", "1,2"));
    try (Engine scoring = Fixtures.engine()) {
      assertThatThrownBy(
              () ->
                  new BatchScorer(scoring)
                      .score(
                          other,
                          ReadOptions.defaults(),
                          result.model(),
                          new BatchScorer.Output(dir.resolve("x.csv"), OutputFormat.CSV, false),
                          DatasetOptions.Progress.none()))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("none of the model's columns");
    }
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void theModelSurvivesItsJson() {
    ScoreModel read = ScoreModelJson.read(ScoreModelJson.of(result.model()));
    assertThat(read).isEqualTo(result.model());
  }
}
