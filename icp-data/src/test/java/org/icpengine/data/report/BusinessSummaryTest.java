package org.icpengine.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BusinessSummaryTest {
  private static Engine engine;
  private static Dataset dataset;

  @BeforeAll
  static void openFixture() {
    engine = Fixtures.engine();
    dataset =
        Fixtures.open(engine, Fixtures.resource(Cohorts.class, "accounts-economics-small.csv"));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void money_saysByDefinitionForWhatTheIdealDefinitionSelectsOn() {
    String html = money("NOT coalesce(\"Churned\", false)");

    assertThat(row(html, "Churned")).contains("by definition").doesNotContain("<b>");
    assertThat(row(html, "Lifetime value (LTV), mean"))
        .doesNotContain("by definition")
        .contains("<b>");
    assertThat(html).contains("the definition of ideal selects on Churned,");
  }

  @Test
  void money_marksARatioByDefinitionWhenOneOfItsColumnsDefinesIdeal() {
    String html = money("\"LTV\" >= 5000");

    assertThat(row(html, "Lifetime value (LTV), mean")).contains("by definition");
    assertThat(row(html, "LTV:CAC")).contains("by definition");
    assertThat(row(html, "Acquisition cost (CAC), mean")).doesNotContain("by definition");
    assertThat(row(html, "Churned")).doesNotContain("by definition");
  }

  @Test
  void money_showsEveryRowAsAFindingWhenTheDefinitionReadsNoOutcome() {
    String html = money("\"Plan\" = 'Enterprise'");

    assertThat(html).doesNotContain("by definition", "By definition");
    assertThat(row(html, "Churned")).containsPattern("<td>[0-9.]+×|<td>–");
  }

  private static String money(String expression) {
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.of(expression));
    StringBuilder html = new StringBuilder();
    BusinessSummary.money(html, Cohorts.idealVsRest(dataset, ideal));
    return html.toString();
  }

  private static String row(String html, String name) {
    Matcher m =
        Pattern.compile("<tr[^>]*><td>" + Pattern.quote(name) + "</td>.*?</tr>").matcher(html);
    assertThat(m.find()).as("a row " + name + " in " + html).isTrue();
    return m.group();
  }
}
