package org.icpengine.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.model.document.FitEvaluation;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFitSectionsTest {
  @TempDir static Path dir;
  private static Engine engine;
  private static Dataset dataset;
  private static IcpDefinition icp;
  private static String html;

  @BeforeAll
  static void derive() {
    engine = Fixtures.engine();
    Path customers = Fixtures.sampleCustomers(dir);
    dataset = Fixtures.open(engine, customers);
    icp =
        Derivation.derive(
            dataset,
            customers,
            DeriveOptions.defaults(),
            Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC));
    html = ReportHtml.of(icp, dataset.profile(), List.of());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static String section(String page, String title) {
    int start = page.indexOf("<section><h2>" + title + "</h2>");
    assertThat(start).as("section %s", title).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  @Test
  void theQualitySectionStatesTheHeldOutAucAgainstTheBaseline() {
    FitEvaluation evaluation = icp.fit().evaluation();
    double auc = evaluation.fit().metrics().auc();
    String quality = section(html, "How good is the score");
    assertThat(quality)
        .contains(
            String.format(
                Locale.ROOT,
                "On %,d held-out accounts the fit score ranks an ideal account above a non-ideal"
                    + " one %.0f&nbsp;%% of the time (AUC %.2f)",
                evaluation.holdoutRows(),
                100 * auc,
                auc))
        .contains(
            String.format(
                Locale.ROOT,
                "against %.2f for the weight-of-evidence scorecard",
                evaluation.baseline().metrics().auc()))
        .contains(String.format(Locale.ROOT, "<b>%.3f</b>", auc))
        .contains(
            "Top-decile lift", "Ideal captured by tier A", "Brier score", "Calibration slope");
    assertThat(evaluation.engagementAuc()).isPresent();
    assertThat(quality)
        .contains(
            String.format(Locale.ROOT, "an AUC of %.2f", evaluation.engagementAuc().orElseThrow()));
    assertThat(html.indexOf("<h2>How good is the score</h2>"))
        .isGreaterThan(html.indexOf("<h2>Traits</h2>"))
        .isLessThan(html.indexOf("<h2>The points</h2>"));
  }

  @Test
  void fitEngagementAndPriorityAreJudgedSideBySideWithTheGradeMatrix() {
    String section = section(html, "Fit, engagement and priority");
    var sides = icp.fit().evaluation().sides().orElseThrow();
    assertThat(section)
        .contains("<th>ICP fit score</th><th>Engagement score</th><th>Priority (fit × engagement)")
        .contains(
            String.format(
                Locale.ROOT,
                "%.3f [%.3f–%.3f]",
                sides.priority().metrics().auc(),
                sides.priority().aucInterval().low(),
                sides.priority().aucInterval().high()))
        .contains("Grades: fit tier × engagement level")
        .contains("<th>high</th><th>medium</th><th>low</th><th>unknown</th>");
    int rows = sides.grades().stream().mapToInt(g -> g.rows()).sum();
    assertThat(rows).isEqualTo(icp.fit().evaluation().holdoutRows());
  }

  @Test
  void theTierTableHasOneRowPerTierWithTheirScoreRanges() {
    String quality = section(html, "How good is the score");
    ScoreModel model = icp.fit().model();
    assertThat(quality)
        .contains("<tr class=\"tier\"><td><b>A</b></td><td>" + model.tiers().a() + "–100</td>")
        .contains(
            "<tr class=\"tier\"><td><b>B</b></td><td>"
                + model.tiers().b()
                + "–"
                + (model.tiers().a() - 1)
                + "</td>")
        .contains(
            "<tr class=\"tier\"><td><b>D</b></td><td>0–"
                + (model.tiers().c() - 1)
                + " or disqualified");
    for (var row : icp.fit().evaluation().fit().tiers().tiers()) {
      assertThat(quality).contains(String.format(Locale.ROOT, "<td>%,d</td>", row.rows()));
    }
  }

  @Test
  void theCalibrationChartHasOnePointPerBinAndADashedDiagonal() {
    var bins = icp.fit().evaluation().fit().calibration();
    assertThat(bins).isNotEmpty().allMatch(b -> !Double.isNaN(b.observedRate()));
    String quality = section(html, "How good is the score");
    int start = quality.indexOf("<svg class=\"chart calibration\"");
    assertThat(start).isNotNegative();
    String svg = quality.substring(start, quality.indexOf("</svg>", start));
    assertThat(count(svg, "class=\"point\"")).isEqualTo(bins.size());
    assertThat(count(svg, "class=\"ci\"")).isEqualTo(bins.size());
    assertThat(count(html, "class=\"point\"")).isEqualTo(bins.size());
    assertThat(svg)
        .contains("class=\"ref\"", "0 %", "Observed ideal rate", "Predicted probability");
  }

  @Test
  void thePointsListTheWidestAttributesFirstWithTiersAndTheBaseSentence() {
    String points = section(html, "The points");
    ScoreModel model = icp.fit().model();
    assertThat(points)
        .contains("score = 50 + the points of each attribute; 50 is an average account")
        .contains("<b>Industry</b>")
        .contains("A ≥ " + model.tiers().a(), "B ≥ " + model.tiers().b())
        .contains("C ≥ " + model.tiers().c());
    List<PointsTable.Scored> ordered = PointsSection.byRange(model.fit().attributes());
    int rows = Math.min(PointsSection.ATTRIBUTES_SHOWN, ordered.size());
    assertThat(count(points, "<tr><td><b>")).isEqualTo(rows);
    List<Integer> positions = new ArrayList<>();
    for (PointsTable.Scored scored : ordered.subList(0, rows)) {
      String label = org.icpengine.data.fit.ColumnSynonyms.label(scored.attribute().name());
      positions.add(points.indexOf("<tr><td><b>" + Html.text(label) + "</b>"));
    }
    assertThat(positions).doesNotContain(-1).isSorted();
    for (int i = 1; i < ordered.size(); i++) {
      assertThat(range(ordered.get(i - 1))).isGreaterThanOrEqualTo(range(ordered.get(i)));
    }
    for (Disqualifier rule : model.disqualifiers()) {
      assertThat(points).contains("<b>" + Html.text(rule.value()) + "</b>");
    }
  }

  @Test
  void thePointsTableShowsNumbersAsAFewReadableRangesAndUnknownAsNothing() {
    String points = section(html, "The points");
    ScoreModel model = icp.fit().model();
    assertThat(points)
        .contains("Unknown is not evidence: a value not given is worth 0 points")
        .contains("insufficient_data");
    for (PointsTable.Scored scored : model.fit().attributes()) {
      if (scored.attribute().kind() == FitAttribute.Kind.NUMBER) {
        assertThat(scored.attribute().bins() - 1).isBetween(1, 6);
      }
    }
    assertThat(points).contains("1–10").doesNotContain("and ≤").doesNotContain("&gt; ");
    assertThat(section(html, "How good is the score"))
        .contains("Making the points trustworthy cost: AUC")
        .contains(
            String.format(
                Locale.ROOT,
                "%.4f with each number read as at most",
                icp.fit().evaluation().honesty().aucReadable()));
  }

  private static int range(PointsTable.Scored scored) {
    return scored.points().stream().mapToInt(Integer::intValue).max().orElse(0)
        - scored.points().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  @Test
  void textFromTheDataIsEscaped() {
    ScoreModel model = icp.fit().model();
    List<PointsTable.Scored> renamed = new ArrayList<>();
    String level = null;
    for (PointsTable.Scored scored : model.fit().attributes()) {
      FitAttribute a = scored.attribute();
      if (a.column().equals("Industry") && a.kind() == FitAttribute.Kind.CATEGORY) {
        List<String> levels = new ArrayList<>(a.levels());
        level = levels.get(0);
        levels.set(0, "<b>" + level + "</b> & co");
        a = new FitAttribute(a.column(), a.kind(), a.category(), a.type(), a.upperBounds(), levels);
      }
      renamed.add(new PointsTable.Scored(a, scored.points()));
    }
    assertThat(level).isNotNull();
    ScoreModel hostile =
        new ScoreModel(
            new PointsTable(
                renamed,
                model.fit().interactions(),
                model.fit().factor(),
                model.fit().referenceLogit()),
            model.tiers(),
            List.of(new Disqualifier("Industry", "<i>Education</i>", "reason <script>x</script>")),
            model.engagement());
    IcpDefinition edited =
        new IcpDefinition(
            icp.provenance(),
            icp.ideal(),
            icp.used(),
            icp.excluded(),
            icp.traits(),
            icp.segments(),
            icp.outcomeFindings(),
            icp.coverage(),
            icp.summary(),
            icp.notes(),
            new FitTraining.Result(hostile, icp.fit().evaluation()));
    String page = ReportHtml.of(edited, dataset.profile(), List.of());
    String points = section(page, "The points");
    assertThat(points)
        .contains("&lt;b&gt;" + level + "&lt;/b&gt; &amp; co")
        .doesNotContain("<b>" + level + "</b> & co")
        .contains("<b>&lt;i&gt;Education&lt;/i&gt;</b>", "reason &lt;script&gt;x&lt;/script&gt;")
        .doesNotContain("<script>", "<i>");
  }

  @Test
  void theReportIsWrittenToAFile() throws IOException {
    Path file = dir.resolve("report.html");
    ReportHtml.write(icp, dataset.profile(), List.of(), file);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(html);
    Matcher tags = Pattern.compile("<(/?)section\\b[^>]*>").matcher(written);
    int depth = 0;
    while (tags.find()) {
      depth += tags.group(1).isEmpty() ? 1 : -1;
      assertThat(depth).isBetween(0, 1);
    }
    assertThat(depth).isZero();
  }
}
