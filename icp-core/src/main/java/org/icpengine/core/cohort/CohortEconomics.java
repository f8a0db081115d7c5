package org.icpengine.core.cohort;

import java.util.List;
import java.util.function.ToLongFunction;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Means;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Proportions;
import org.icpengine.core.stats.Ratios;

/**
 * Turns cohort aggregates into cohort figures: each rate, mean and ratio of a cohort with its 95 %
 * confidence interval and a two-sided p-value against the rest, that is the total minus the cohort.
 * When the cohort is the whole total the rest is empty and every p-value is NaN.
 */
public final class CohortEconomics {
  private CohortEconomics() {}

  /**
   * Returns the figures of {@code cohort} measured against {@code total}, the aggregates of all
   * accounts the cohort was drawn from.
   *
   * @throws IllegalArgumentException if the cohort has more of anything than the total
   */
  public static CohortFigures figures(CohortAggregates cohort, CohortAggregates total) {
    CohortAggregates rest = total.minus(cohort);
    Figure idealRate = rate(cohort, rest, CohortAggregates::ideal, CohortAggregates::accounts);
    return new CohortFigures(
        cohort.label(),
        cohort.accounts(),
        share(cohort, total),
        idealRate,
        lift(idealRate, total),
        mean(cohort.ltv(), rest.ltv()),
        median(cohort.ltvMedian()),
        mean(cohort.nrr(), rest.nrr()),
        mean(cohort.cac(), rest.cac()),
        Ratios.ofMeans(cohort.ltv(), cohort.cac(), rest.ltv(), rest.cac()),
        rate(cohort, rest, CohortAggregates::churned, CohortAggregates::churnKnown),
        rate(cohort, rest, CohortAggregates::won, CohortAggregates::wonKnown));
  }

  /**
   * Returns the figures of each cohort against {@code total}, in the order the cohorts are given.
   *
   * @throws IllegalArgumentException if a cohort has more of anything than the total
   */
  public static List<CohortFigures> table(List<CohortAggregates> cohorts, CohortAggregates total) {
    return cohorts.stream().map(cohort -> figures(cohort, total)).toList();
  }

  private static Figure share(CohortAggregates cohort, CohortAggregates total) {
    if (total.accounts() == 0) {
      return Figure.missing();
    }
    double share = (double) cohort.accounts() / total.accounts();
    return Figure.of(share, Proportions.wilson(cohort.accounts(), total.accounts()), Double.NaN);
  }

  private static Figure rate(
      CohortAggregates cohort,
      CohortAggregates rest,
      ToLongFunction<CohortAggregates> successes,
      ToLongFunction<CohortAggregates> trials) {
    long x = successes.applyAsLong(cohort);
    long n = trials.applyAsLong(cohort);
    if (n == 0) {
      return Figure.missing();
    }
    double p = Proportions.compare(x, n, successes.applyAsLong(rest), trials.applyAsLong(rest));
    return Figure.of((double) x / n, Proportions.wilson(x, n), p);
  }

  /** Scales the ideal rate and its bounds by the total's ideal rate; the test stays the same. */
  private static Figure lift(Figure idealRate, CohortAggregates total) {
    if (!idealRate.isPresent() || total.ideal() == 0) {
      return Figure.missing();
    }
    double totalRate = (double) total.ideal() / total.accounts();
    return new Figure(
        idealRate.value() / totalRate,
        idealRate.low() / totalRate,
        idealRate.high() / totalRate,
        idealRate.pValue());
  }

  private static Figure mean(Moments cohort, Moments rest) {
    if (cohort.count() == 0) {
      return Figure.missing();
    }
    return Figure.of(cohort.mean(), Means.confidence(cohort), Means.welch(cohort, rest));
  }

  private static Figure median(MedianEstimate estimate) {
    if (Double.isNaN(estimate.median())) {
      return Figure.missing();
    }
    return Figure.of(estimate.median(), new Interval(estimate.low(), estimate.high()), Double.NaN);
  }
}
