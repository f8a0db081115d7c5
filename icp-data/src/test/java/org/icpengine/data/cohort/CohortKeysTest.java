package org.icpengine.data.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CohortKeysTest {
  private static Engine engine;
  private static Dataset dataset;
  private static IdealDefinition ideal;

  @BeforeAll
  static void openFixture() {
    engine = Fixtures.engine();
    dataset =
        Fixtures.open(
            engine, Fixtures.resource(CohortKeysTest.class, "accounts-economics-small.csv"));
    ideal = Ideals.evaluate(dataset, Optional.of("ltv >= 8000"));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void compute_refusesAnUnknownColumnAndSuggestsTheClosest() {
    assertThatThrownBy(() -> Cohorts.compute(dataset, List.of("Plann"), ideal))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--by names column 'Plann'")
        .hasMessageContaining("did you mean 'Plan'?");
  }

  @Test
  void compute_refusesAColumnWithNoValues() {
    assertThatThrownBy(() -> Cohorts.compute(dataset, List.of("Fax"), ideal))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'Fax' has no values");
  }

  @Test
  void compute_refusesAnEmptyListOfColumns() {
    assertThatThrownBy(() -> Cohorts.compute(dataset, List.of(), ideal))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--by needs at least one column");
  }

  @Test
  void compute_findsColumnsIgnoringCase() {
    CohortReport report = Cohorts.compute(dataset, List.of("plan"), ideal);

    assertThat(report.by()).containsExactly("Plan");
  }

  @Test
  void compute_foldsCategorySpellingsAndOrdersCohortsBySize() {
    CohortReport report = Cohorts.compute(dataset, List.of("Plan"), ideal);

    assertThat(report.cohorts())
        .extracting(CohortFigures::label, CohortFigures::accounts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Enterprise", 4L),
            org.assertj.core.groups.Tuple.tuple("Basic", 3L),
            org.assertj.core.groups.Tuple.tuple("Pro", 3L));
    CohortFigures enterprise = report.cohorts().get(0);
    assertThat(enterprise.idealRate().value()).isEqualTo(1.0);
    assertThat(enterprise.lift().value()).isEqualTo(1.0 / 0.4);
    assertThat(enterprise.ltvMean().value()).isEqualTo((12_000 + 8_500 + 15_000 + 20_000) / 4.0);
    assertThat(enterprise.churnRate().value()).isEqualTo(0.25);
  }

  @Test
  void compute_givesYesNoColumnsTheirOwnOrder() {
    CohortReport report = Cohorts.compute(dataset, List.of("Churned"), ideal);

    assertThat(report.cohorts())
        .extracting(CohortFigures::label, CohortFigures::accounts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("yes", 3L),
            org.assertj.core.groups.Tuple.tuple("no", 7L));
  }

  @Test
  void compute_givesEachOfAFewNumbersItsOwnCohortInOrder() {
    CohortReport report = Cohorts.compute(dataset, List.of("Seats"), ideal);

    assertThat(report.cohorts())
        .extracting(CohortFigures::label, CohortFigures::accounts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", 3L),
            org.assertj.core.groups.Tuple.tuple("5", 3L),
            org.assertj.core.groups.Tuple.tuple("10", 3L),
            org.assertj.core.groups.Tuple.tuple("20", 1L));
  }

  @Test
  void compute_binsManyNumbersIntoQuantiles() {
    CohortReport report = Cohorts.compute(dataset, List.of("LTV"), ideal);

    assertThat(report.cohorts()).hasSize(5);
    assertThat(report.cohorts().get(0).label()).startsWith("≤ ");
    assertThat(report.cohorts().get(4).label()).startsWith("> ");
    assertThat(report.cohorts()).allSatisfy(c -> assertThat(c.accounts()).isEqualTo(2));
    assertThat(report.notes()).containsExactly("LTV in 5 quantile bins");
  }

  @Test
  void compute_boundsTheMedianOfTheTotalByOrderStatistics() {
    CohortReport report = Cohorts.compute(dataset, List.of("Plan"), ideal);

    double[] sorted = {650, 700, 900, 2_200, 3_000, 4_100, 8_500, 12_000, 15_000, 20_000};
    var ranks = org.icpengine.core.stats.Medians.orderStatisticRanks(sorted.length);
    assertThat(report.total().ltvMedian().value()).isEqualTo((3_000 + 4_100) / 2.0);
    assertThat(report.total().ltvMedian().low()).isEqualTo(sorted[(int) ranks.low() - 1]);
    assertThat(report.total().ltvMedian().high()).isEqualTo(sorted[(int) ranks.high() - 1]);
  }
}
