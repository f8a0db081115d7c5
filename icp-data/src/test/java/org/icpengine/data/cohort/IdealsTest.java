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

class IdealsTest {
  private static Engine engine;
  private static Dataset dataset;

  @BeforeAll
  static void openFixture() {
    engine = Fixtures.engine();
    dataset =
        Fixtures.open(engine, Fixtures.resource(IdealsTest.class, "accounts-economics-small.csv"));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void evaluate_matchesTheUsersYesNoSpellingIgnoringCase() {
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.of("churned = 'no'"));

    assertThat(flaggedAccounts()).containsExactly("A01", "A02", "A03", "A07", "A08", "A09", "A10");
    assertThat(ideal.idealRows()).isEqualTo(7);
    assertThat(ideal.rows()).isEqualTo(10);
    assertThat(ideal.idealRate()).isEqualTo(0.7);
    assertThat(ideal.columnsRead()).containsExactly("Churned");
    assertThat(ideal.isDefault()).isFalse();
  }

  @Test
  void evaluate_matchesCategorySpellingsAsTheFileWritesThemIgnoringCaseAndSpaces() {
    Ideals.evaluate(dataset, Optional.of("plan = 'enterprise'"));

    assertThat(flaggedAccounts()).containsExactly("A01", "A02", "A05", "A10");
  }

  @Test
  void evaluate_comparesCleanedNumbersAndReadsColumnsInTheFilesSpelling() {
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.of("  ltv >= 10000 AND cac < 4500 "));

    assertThat(flaggedAccounts()).containsExactly("A01", "A05");
    assertThat(ideal.expression()).isEqualTo("ltv >= 10000 AND cac < 4500");
    assertThat(ideal.columnsRead()).containsExactly("LTV", "CAC");
  }

  @Test
  void evaluate_usesTheDefaultForABlankExpression() {
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.of("   "));

    assertThat(ideal.isDefault()).isTrue();
    assertThat(ideal.columnsRead()).containsExactly("LTV", "Churned", "CAC");
  }

  @Test
  void evaluate_refusesInvalidSyntaxSayingWhere() {
    assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of("ltv >= AND churned")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid --ideal")
        .hasMessageContaining("at character");
  }

  @Test
  void evaluate_refusesAnUnknownColumnAndSuggestsTheClosest() {
    assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of("ltvv > 5000")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no column 'ltvv'")
        .hasMessageContaining("did you mean 'LTV'?");
  }

  @Test
  void evaluate_refusesAnExpressionTheEngineCannotRun() {
    assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of("plan > 5 + 'x'")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid --ideal");
  }

  @Test
  void evaluate_refusesAnIdealThatMatchesNoRow() {
    assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of("ltv > 1000000")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("matches no rows");
  }

  @Test
  void evaluate_refusesAnIdealThatMatchesEveryRow() {
    assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of("ltv > 0")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("matches every row");
  }

  @Test
  void evaluate_leavesTheDefaultCollationAsItWasAfterAFailure() {
    assertThatThrownBy(() -> Ideals.evaluate(dataset, Optional.of("plan > 5 + 'x'")))
        .isInstanceOf(InputException.class);

    boolean equal = engine.queryOne("SELECT 'a' = 'A'", r -> r.getBoolean(1));
    assertThat(equal).isFalse();
  }

  @Test
  void evaluate_defaultsToTheWonColumnWhenThereIsOne() {
    try (Engine other = Fixtures.engine()) {
      Dataset won =
          Fixtures.open(other, Fixtures.resource(IdealsTest.class, "accounts-won-column.csv"));

      IdealDefinition ideal = Ideals.evaluate(won, Optional.empty());

      assertThat(ideal.isDefault()).isTrue();
      assertThat(ideal.columnsRead()).containsExactly("Is Closed Won");
      assertThat(ideal.idealRows()).isEqualTo(2);
      assertThat(ideal.description()).contains("won/converted column");
    }
  }

  @Test
  void evaluate_refusesToGuessWithoutAnyOutcomeColumn() {
    try (Engine other = Fixtures.engine()) {
      Dataset none =
          Fixtures.open(other, Fixtures.resource(IdealsTest.class, "accounts-no-outcome.csv"));

      assertThatThrownBy(() -> Ideals.evaluate(none, Optional.empty()))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("no ideal definition")
          .hasMessageContaining("--ideal");
    }
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
