package org.icpengine.data.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdealPresetTest {
  private static Engine engine;
  private static Dataset dataset;

  @BeforeAll
  static void openFixture() {
    engine = Fixtures.engine();
    dataset =
        Fixtures.open(
            engine, Fixtures.resource(IdealPresetTest.class, "accounts-economics-small.csv"));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void expression_combinesTopShareOfLtvAndNotChurned() {
    String expression = IdealPreset.parse("ltv-top=30%, not-churned").expression(dataset);

    assertThat(expression)
        .isEqualTo(
            "\"LTV\" >= quantile_cont(\"LTV\", 0.7) OVER () AND NOT coalesce(\"Churned\", false)");
    Ideals.evaluate(dataset, Optional.of(expression));
    assertThat(flaggedAccounts()).containsExactly("A01", "A10");
  }

  @Test
  void expression_comparesLtvToCac() {
    Ideals.evaluate(dataset, Optional.of(IdealPreset.parse("ltv-cac>=3").expression(dataset)));

    assertThat(flaggedAccounts()).containsExactly("A01", "A05", "A08", "A10");
  }

  @Test
  void expression_namesTheOutcomeColumnTheFileLacks() {
    IdealPreset preset = IdealPreset.parse("nrr>=110");

    assertThatThrownBy(() -> preset.expression(dataset))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--ideal-preset: 'nrr' needs an NRR column and the file has none");
  }

  @Test
  void parse_explainsWhatIsWrongInOneLine() {
    assertThatThrownBy(() -> IdealPreset.parse("ltv-top=25"))
        .hasMessage(
            "invalid --ideal-preset: write ltv-top=N% with N between 0 and 100, not 'ltv-top=25';"
                + " the outcomes are "
                + IdealPreset.SYNTAX);
    assertThatThrownBy(() -> IdealPreset.parse("won,champions"))
        .hasMessageStartingWith("invalid --ideal-preset: unknown outcome 'champions'");
    assertThatThrownBy(() -> IdealPreset.parse("won,won"))
        .hasMessageStartingWith("invalid --ideal-preset: 'won' is given twice");
    assertThatThrownBy(() -> IdealPreset.parse("nrr>=1; DROP TABLE raw"))
        .hasMessageStartingWith("invalid --ideal-preset: unknown outcome");
    assertThatThrownBy(() -> IdealPreset.parse("won=1"))
        .hasMessageStartingWith("invalid --ideal-preset: 'won' takes no value");
  }

  @Test
  void count_countsThePresetsAccountsLikeEvaluate() {
    IdealCount count =
        Ideals.count(dataset, IdealPreset.parse("ltv-top=30%,not-churned").expression(dataset));

    assertThat(count.idealRows()).isEqualTo(2);
    assertThat(count.rows()).isEqualTo(dataset.rows());
    assertThat(count.problem()).isEmpty();
  }

  @Test
  void count_keepsADefinitionThatMarksNoAccountAndSaysSo() {
    IdealCount count = Ideals.count(dataset, "\"Seats\" > 1000");

    assertThat(count.idealRows()).isZero();
    assertThat(count.problem()).isEqualTo("no account qualifies: loosen the definition");
    assertThat(Ideals.count(dataset, "\"Seats\" >= 0").problem())
        .startsWith("every account qualifies");
  }

  @Test
  void count_refusesWhatTheLanguageRefuses() {
    assertThatThrownBy(() -> Ideals.count(dataset, "1 = 1; DROP TABLE raw"))
        .isInstanceOf(InputException.class);
    assertThatThrownBy(() -> Ideals.count(dataset, "\"Nope\" = 1"))
        .isInstanceOf(InputException.class);
    assertThatThrownBy(() -> Ideals.count(dataset, "  "))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void parse_readsEveryOutcome() {
    IdealPreset preset = IdealPreset.parse("WON,not-churned,ltv-top=25%,nrr>=110,ltv-cac >= 3");

    assertThat(preset.terms())
        .containsExactly(
            new IdealPreset.Term(IdealPreset.Outcome.WON, Double.NaN),
            new IdealPreset.Term(IdealPreset.Outcome.NOT_CHURNED, Double.NaN),
            new IdealPreset.Term(IdealPreset.Outcome.LTV_TOP, 0.25),
            new IdealPreset.Term(IdealPreset.Outcome.NRR_AT_LEAST, 110),
            new IdealPreset.Term(IdealPreset.Outcome.LTV_TO_CAC_AT_LEAST, 3));
  }

  private static List<String> flaggedAccounts() {
    String row = Engine.quote(CleanedTable.ROW);
    return engine.query(
        "SELECT c.\"Account Name\" FROM "
            + Dataset.CLEAN
            + " c JOIN "
            + Ideals.FLAGS
            + " f ON c."
            + row
            + " = f."
            + row
            + " WHERE f.ideal ORDER BY c."
            + row,
        r -> r.getString(1));
  }
}
