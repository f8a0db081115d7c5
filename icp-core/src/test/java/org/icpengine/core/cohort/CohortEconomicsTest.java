package org.icpengine.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.DoubleStream;
import org.apache.commons.statistics.inference.TTest;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Proportions;
import org.junit.jupiter.api.Test;

class CohortEconomicsTest {
  private static final double[] COHORT_LTV = {5000, 6200, 4800, 7100, 5600, 6900};
  private static final double[] REST_LTV = {2100, 3300, 2500, 1900, 4100, 2800, 3000, 2600};
  private static final double[] COHORT_CAC = {1000, 1200, 900, 1100, 1050, 950};
  private static final double[] REST_CAC = {1100, 1000, 1300, 900, 1200, 1000, 1150, 1050};

  private static CohortAggregates enriched() {
    return new CohortAggregates(
        "fintech",
        100,
        60,
        Moments.of(COHORT_LTV),
        new MedianEstimate(5900, 4800, 7100),
        Moments.of(1.2, 1.1, 1.3),
        Moments.of(COHORT_CAC),
        80,
        8,
        50,
        30);
  }

  private static CohortAggregates total() {
    double[] allLtv = concat(COHORT_LTV, REST_LTV);
    double[] allCac = concat(COHORT_CAC, REST_CAC);
    return new CohortAggregates(
        "all",
        1000,
        200,
        Moments.of(allLtv),
        new MedianEstimate(3150, 2600, 5000),
        Moments.of(1.2, 1.1, 1.3, 0.9, 1.0, 0.95),
        Moments.of(allCac),
        900,
        180,
        400,
        120);
  }

  private static double[] concat(double[] a, double[] b) {
    return DoubleStream.concat(DoubleStream.of(a), DoubleStream.of(b)).toArray();
  }

  private static CohortAggregates withoutOutcomes(String label, long accounts, long ideal) {
    Moments none = Moments.empty();
    return new CohortAggregates(
        label, accounts, ideal, none, MedianEstimate.missing(), none, none, 0, 0, 0, 0);
  }

  @Test
  void figures_showLiftAboveOneAndSignificanceForAnEnrichedCohort() {
    CohortFigures figures = CohortEconomics.figures(enriched(), total());

    assertThat(figures.idealRate().value()).isEqualTo(0.6);
    assertThat(figures.lift().value()).isCloseTo(3.0, within(1e-12));
    assertThat(figures.lift().low()).isGreaterThan(1.0);
    assertThat(figures.lift().pValue()).isLessThan(0.05);
    assertThat(figures.idealRate().pValue()).isEqualTo(figures.lift().pValue());
    assertThat(figures.idealRate().pValue()).isEqualTo(Proportions.compare(60, 100, 140, 900));
  }

  @Test
  void figures_scaleTheWilsonBoundsByTheTotalRateForLift() {
    CohortFigures figures = CohortEconomics.figures(enriched(), total());

    assertThat(figures.lift().low()).isCloseTo(figures.idealRate().low() / 0.2, within(1e-12));
    assertThat(figures.lift().high()).isCloseTo(figures.idealRate().high() / 0.2, within(1e-12));
  }

  @Test
  void figures_giveShareWithIntervalButNoTest() {
    Figure share = CohortEconomics.figures(enriched(), total()).share();

    assertThat(share.value()).isEqualTo(0.1);
    assertThat(share.low()).isBetween(0.08, 0.1);
    assertThat(share.high()).isBetween(0.1, 0.125);
    assertThat(share.pValue()).isNaN();
  }

  @Test
  void figures_testLtvMeanAgainstTheRestWithWelch() {
    double expected = TTest.withDefaults().test(COHORT_LTV, REST_LTV).getPValue();

    Figure ltv = CohortEconomics.figures(enriched(), total()).ltvMean();

    assertThat(ltv.value()).isCloseTo(5933.333, within(1e-3));
    assertThat(ltv.pValue()).isCloseTo(expected, within(1e-9));
    assertThat(ltv.pValue()).isLessThan(0.05);
    assertThat(ltv.low()).isLessThan(ltv.value()).isGreaterThan(4000);
  }

  @Test
  void figures_takeTheMedianFromTheEstimateWithoutTest() {
    Figure median = CohortEconomics.figures(enriched(), total()).ltvMedian();

    assertThat(median).isEqualTo(new Figure(5900, 4800, 7100, Double.NaN));
  }

  @Test
  void figures_computeLtvToCacFromMeans() {
    Figure ratio = CohortEconomics.figures(enriched(), total()).ltvToCac();

    assertThat(ratio.value()).isCloseTo(5933.333 / 1033.333, within(1e-3));
    assertThat(ratio.pValue()).isLessThan(0.05);
  }

  @Test
  void figures_compareChurnAndWinRatesWithTheRest() {
    CohortFigures figures = CohortEconomics.figures(enriched(), total());

    assertThat(figures.churnRate().value()).isEqualTo(0.1);
    assertThat(figures.churnRate().pValue()).isEqualTo(Proportions.compare(8, 80, 172, 820));
    assertThat(figures.winRate().value()).isEqualTo(0.6);
    assertThat(figures.winRate().pValue()).isEqualTo(Proportions.compare(30, 50, 90, 350));
  }

  @Test
  void figures_haveNoPValuesWhenTheCohortIsEverything() {
    CohortFigures figures = CohortEconomics.figures(total(), total());

    assertThat(figures.lift().value()).isCloseTo(1.0, within(1e-12));
    assertThat(figures.share().value()).isEqualTo(1.0);
    List<Figure> tested =
        List.of(
            figures.idealRate(),
            figures.lift(),
            figures.ltvMean(),
            figures.nrr(),
            figures.cac(),
            figures.ltvToCac(),
            figures.churnRate(),
            figures.winRate());
    assertThat(tested).allSatisfy(f -> assertThat(f.isPresent()).isTrue());
    assertThat(tested).allSatisfy(f -> assertThat(f.pValue()).isNaN());
  }

  @Test
  void figures_areMissingWhenOutcomeColumnsAreAbsent() {
    CohortFigures figures =
        CohortEconomics.figures(withoutOutcomes("smb", 50, 5), withoutOutcomes("all", 200, 40));

    assertThat(figures.idealRate().isPresent()).isTrue();
    assertThat(
            List.of(
                figures.ltvMean(),
                figures.ltvMedian(),
                figures.nrr(),
                figures.cac(),
                figures.ltvToCac(),
                figures.churnRate(),
                figures.winRate()))
        .allSatisfy(f -> assertThat(f).isEqualTo(Figure.missing()));
  }

  @Test
  void figures_haveNoLiftWhenNoAccountIsIdeal() {
    CohortFigures figures =
        CohortEconomics.figures(withoutOutcomes("smb", 50, 0), withoutOutcomes("all", 200, 0));

    assertThat(figures.idealRate().value()).isZero();
    assertThat(figures.idealRate().pValue()).isEqualTo(1.0);
    assertThat(figures.lift()).isEqualTo(Figure.missing());
  }

  @Test
  void figures_areMissingForAnEmptyCohort() {
    CohortFigures figures =
        CohortEconomics.figures(withoutOutcomes("none", 0, 0), withoutOutcomes("all", 200, 40));

    assertThat(figures.share().value()).isZero();
    assertThat(figures.idealRate()).isEqualTo(Figure.missing());
    assertThat(figures.lift()).isEqualTo(Figure.missing());
  }

  @Test
  void figures_rejectACohortLargerThanTheTotal() {
    assertThatThrownBy(() -> CohortEconomics.figures(withoutOutcomes("big", 300, 0), total()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("big");
  }

  @Test
  void table_keepsTheOrderOfTheCohorts() {
    List<CohortFigures> table =
        CohortEconomics.table(
            List.of(withoutOutcomes("b", 10, 1), enriched(), withoutOutcomes("a", 5, 5)), total());

    assertThat(table).extracting(CohortFigures::label).containsExactly("b", "fintech", "a");
    assertThat(table.get(2).idealRate().value()).isEqualTo(1.0);
  }

  @Test
  void figures_haveNoShareWhenTheTotalIsEmpty() {
    CohortFigures figures =
        CohortEconomics.figures(withoutOutcomes("none", 0, 0), withoutOutcomes("all", 0, 0));

    assertThat(figures.share()).isEqualTo(Figure.missing());
  }
}
