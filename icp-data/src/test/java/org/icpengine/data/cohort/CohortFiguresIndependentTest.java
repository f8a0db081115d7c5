package org.icpengine.data.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cohort figure a user acts on — rates, means, LTV:CAC, with their intervals and p-values —
 * recomputed independently from the generated rows (plain Java and Apache Commons Math, not the
 * product's own statistics) and compared. The "Gamma" cohort is small so its rates take the exact
 * test's path.
 */
class CohortFiguresIndependentTest {
  private static final double TOLERANCE = 1e-9;

  @TempDir static Path dir;
  private static Engine engine;
  private static List<Row> rows;
  private static Map<String, CohortFigures> byLabel;

  /** One generated account; null means the file leaves the value blank. */
  private record Row(
      String segment, Double ltv, Double nrr, Double cac, Boolean churned, boolean won) {}

  @BeforeAll
  static void computeCohorts() {
    rows = generate(new Random(20261205L));
    List<String> lines = new ArrayList<>(List.of("Account ID,Segment,LTV,NRR,CAC,Churned,Won"));
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      lines.add(
          String.join(
              ",",
              "ACC" + i,
              r.segment(),
              text(r.ltv()),
              text(r.nrr()),
              text(r.cac()),
              r.churned() == null ? "" : r.churned() ? "yes" : "no",
              r.won() ? "true" : "false"));
    }
    engine = Fixtures.engine();
    Dataset dataset = Fixtures.open(engine, Fixtures.lines(dir, "cohorts.csv", lines));
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
    byLabel =
        Cohorts.compute(dataset, List.of("Segment"), ideal).cohorts().stream()
            .collect(Collectors.toMap(CohortFigures::label, c -> c));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  private static List<Row> generate(Random random) {
    List<Row> out = new ArrayList<>();
    int[] sizes = {320, 260, 8};
    String[] segments = {"Alpha", "Beta", "Gamma"};
    for (int s = 0; s < segments.length; s++) {
      for (int i = 0; i < sizes[s]; i++) {
        double ltv = Math.round(Math.exp(8 + 0.4 * s + random.nextGaussian()) * 100) / 100.0;
        double cac = Math.round((900 + 300 * s + 250 * random.nextGaussian()) * 100) / 100.0;
        double nrr = Math.round((1.0 + 0.05 * s + 0.2 * random.nextGaussian()) * 1000) / 1000.0;
        out.add(
            new Row(
                segments[s],
                random.nextDouble() < 0.05 ? null : ltv,
                random.nextDouble() < 0.1 ? null : nrr,
                random.nextDouble() < 0.08 ? null : Math.abs(cac) + 50,
                random.nextDouble() < 0.04 ? null : random.nextDouble() < 0.15 + 0.1 * s,
                random.nextDouble() < 0.3 + 0.15 * s));
      }
    }
    return out;
  }

  private static String text(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
  }

  @Test
  void meansIntervalsAndWelchPValues_matchAnIndependentComputation() {
    for (String label : List.of("Alpha", "Beta", "Gamma")) {
      CohortFigures cohort = byLabel.get(label);
      assertMean(cohort.ltvMean(), values(label, true, Row::ltv), values(label, false, Row::ltv));
      assertMean(cohort.nrr(), values(label, true, Row::nrr), values(label, false, Row::nrr));
      assertMean(cohort.cac(), values(label, true, Row::cac), values(label, false, Row::cac));
    }
  }

  @Test
  void ltvToCac_matchesTheDeltaMethodComputedIndependently() {
    for (String label : List.of("Alpha", "Beta", "Gamma")) {
      double[] ltv = values(label, true, Row::ltv);
      double[] cac = values(label, true, Row::cac);
      double[] restLtv = values(label, false, Row::ltv);
      double[] restCac = values(label, false, Row::cac);
      double ratio = StatUtils.mean(ltv) / StatUtils.mean(cac);
      double logVar = relativeVariance(ltv) + relativeVariance(cac);
      double restLogVar = relativeVariance(restLtv) + relativeVariance(restCac);
      double z = new NormalDistribution().inverseCumulativeProbability(0.975);
      double restRatio = StatUtils.mean(restLtv) / StatUtils.mean(restCac);
      double statistic = (Math.log(ratio) - Math.log(restRatio)) / Math.sqrt(logVar + restLogVar);
      double p = 2 * new NormalDistribution().cumulativeProbability(-Math.abs(statistic));

      Figure figure = byLabel.get(label).ltvToCac();
      assertThat(figure.value()).as(label).isCloseTo(ratio, within(TOLERANCE * ratio));
      assertThat(figure.low())
          .as(label)
          .isCloseTo(ratio * Math.exp(-z * Math.sqrt(logVar)), within(1e-7 * ratio));
      assertThat(figure.high())
          .as(label)
          .isCloseTo(ratio * Math.exp(z * Math.sqrt(logVar)), within(1e-7 * ratio));
      assertThat(figure.pValue()).as(label).isCloseTo(p, within(1e-7));
    }
  }

  @Test
  void idealChurnAndWinRates_matchWilsonAndTheRightTestComputedIndependently() {
    for (String label : List.of("Alpha", "Beta", "Gamma")) {
      CohortFigures cohort = byLabel.get(label);
      assertRate(cohort.idealRate(), label, r -> true, Row::won);
      assertRate(cohort.winRate(), label, r -> true, Row::won);
      assertRate(cohort.churnRate(), label, r -> r.churned() != null, r -> r.churned());
    }
  }

  @Test
  void theSmallCohortsRates_areTestedExactlyNotByTheNormalApproximation() {
    long n = rows.stream().filter(r -> r.segment().equals("Gamma")).count();
    assertThat(n).isLessThan(30);
    long[] counts = counts("Gamma", r -> true, Row::won);
    double chiSquare =
        new ChiSquareTest()
            .chiSquareTest(
                new long[][] {
                  {counts[0], counts[1] - counts[0]}, {counts[2], counts[3] - counts[2]}
                });

    double reported = byLabel.get("Gamma").winRate().pValue();

    assertThat(reported).isCloseTo(fisher(counts), within(1e-9));
    assertThat(Math.abs(reported - chiSquare)).isGreaterThan(1e-6);
  }

  private static void assertMean(Figure figure, double[] cohort, double[] rest) {
    double mean = StatUtils.mean(cohort);
    double se = Math.sqrt(StatUtils.variance(cohort) / cohort.length);
    double t = new TDistribution(cohort.length - 1).inverseCumulativeProbability(0.975);
    double scale = Math.max(1, Math.abs(mean));
    assertThat(figure.value()).isCloseTo(mean, within(TOLERANCE * scale));
    assertThat(figure.low()).isCloseTo(mean - t * se, within(1e-7 * scale));
    assertThat(figure.high()).isCloseTo(mean + t * se, within(1e-7 * scale));
    assertThat(figure.pValue()).isCloseTo(new TTest().tTest(cohort, rest), within(1e-7));
  }

  private static void assertRate(
      Figure figure, String label, Predicate<Row> known, Predicate<Row> success) {
    long[] c = counts(label, known, success);
    double p = (double) c[0] / c[1];
    double z = new NormalDistribution().inverseCumulativeProbability(0.975);
    double n = c[1];
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    assertThat(figure.value()).as(label).isCloseTo(p, within(TOLERANCE));
    assertThat(figure.low()).as(label).isCloseTo(Math.max(0, centre - half), within(1e-9));
    assertThat(figure.high()).as(label).isCloseTo(Math.min(1, centre + half), within(1e-9));
    double total = c[1] + c[3];
    double successes = c[0] + c[2];
    double minExpected = Math.min(c[1], c[3]) * Math.min(successes, total - successes) / total;
    double expectedP =
        minExpected < 5
            ? fisher(c)
            : new ChiSquareTest()
                .chiSquareTest(new long[][] {{c[0], c[1] - c[0]}, {c[2], c[3] - c[2]}});
    assertThat(figure.pValue()).as(label).isCloseTo(expectedP, within(1e-9));
  }

  /** Returns successes and trials of the cohort, then of the rest. */
  private static long[] counts(String label, Predicate<Row> known, Predicate<Row> success) {
    long[] c = new long[4];
    for (Row r : rows) {
      if (!known.test(r)) {
        continue;
      }
      int at = r.segment().equals(label) ? 0 : 2;
      c[at + 1]++;
      if (success.test(r)) {
        c[at]++;
      }
    }
    return c;
  }

  /** Fisher's exact two-sided p-value: tables no more probable than the one observed. */
  private static double fisher(long[] c) {
    int population = (int) (c[1] + c[3]);
    int successes = (int) (c[0] + c[2]);
    int drawn = (int) c[1];
    HypergeometricDistribution h = new HypergeometricDistribution(population, successes, drawn);
    double observed = h.probability((int) c[0]);
    double p = 0;
    for (int k = Math.max(0, drawn - (population - successes));
        k <= Math.min(drawn, successes);
        k++) {
      double pk = h.probability(k);
      if (pk <= observed * (1 + 1e-7)) {
        p += pk;
      }
    }
    return Math.min(1, p);
  }

  private static double relativeVariance(double[] values) {
    double se2 = StatUtils.variance(values) / values.length;
    double mean = StatUtils.mean(values);
    return se2 / (mean * mean);
  }

  private static double[] values(
      String label, boolean inCohort, java.util.function.Function<Row, Double> value) {
    return rows.stream()
        .filter(r -> r.segment().equals(label) == inCohort)
        .map(value)
        .filter(v -> v != null)
        .mapToDouble(Double::doubleValue)
        .toArray();
  }

  @Test
  void theRowsAreReadAsWritten() {
    long known = rows.stream().filter(r -> r.ltv() != null).count();
    long counted = byLabel.values().stream().mapToLong(CohortFigures::accounts).sum();
    assertThat(counted).isEqualTo(rows.size());
    assertThat(
            Arrays.stream(values("Alpha", true, Row::ltv)).count()
                + values("Alpha", false, Row::ltv).length)
        .isEqualTo(known);
  }
}
