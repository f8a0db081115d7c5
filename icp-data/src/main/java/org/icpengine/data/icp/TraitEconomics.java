package org.icpengine.data.icp;

import static org.icpengine.data.engine.Engine.quote;

import java.util.Map;
import org.icpengine.core.cohort.CohortAggregates;
import org.icpengine.core.cohort.CohortEconomics;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.cohort.MedianEstimate;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.discovery.Bits;
import org.icpengine.core.stats.Moments;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.Cohorts;

/**
 * The economics of any set of accounts against the rest: outcomes are read once, in row order, and
 * each trait's figures come from its bitset.
 */
final class TraitEconomics {
  private final double[] ltv;
  private final double[] nrr;
  private final double[] cac;
  private final double[] churned;
  private final Bits ideal;
  private final CohortAggregates total;

  TraitEconomics(Dataset dataset, Bits ideal) {
    int rows = Math.toIntExact(dataset.rows());
    Map<OutcomeKind, String> outcomes = Cohorts.outcomes(dataset);
    this.ltv = column(dataset, outcomes.get(OutcomeKind.LTV), rows, false);
    this.nrr = column(dataset, outcomes.get(OutcomeKind.NRR), rows, false);
    this.cac = column(dataset, outcomes.get(OutcomeKind.CAC), rows, false);
    this.churned = column(dataset, outcomes.get(OutcomeKind.CHURNED), rows, true);
    this.ideal = ideal;
    this.total = aggregates("All accounts", Bits.all(rows));
  }

  /** Returns the values of a numeric outcome, NaN where missing, or null when there is none. */
  double[] outcome(OutcomeKind kind) {
    double[] values = kind == OutcomeKind.LTV ? ltv : kind == OutcomeKind.NRR ? nrr : cac;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        return values;
      }
    }
    return null;
  }

  CohortFigures of(String label, Bits rows) {
    return CohortEconomics.figures(aggregates(label, rows), total);
  }

  private CohortAggregates aggregates(String label, Bits rows) {
    long churnKnown = 0;
    long churn = 0;
    for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
      if (!Double.isNaN(churned[row])) {
        churnKnown++;
        churn += (long) churned[row];
      }
    }
    return new CohortAggregates(
        label,
        rows.cardinality(),
        rows.andCardinality(ideal),
        moments(ltv, rows),
        MedianEstimate.missing(),
        moments(nrr, rows),
        moments(cac, rows),
        churnKnown,
        churn,
        0,
        0);
  }

  private static Moments moments(double[] values, Bits rows) {
    long count = 0;
    double sum = 0;
    double squares = 0;
    for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
      double v = values[row];
      if (!Double.isNaN(v)) {
        count++;
        sum += v;
        squares += v * v;
      }
    }
    return count == 0 ? Moments.empty() : new Moments(count, sum, squares);
  }

  private static double[] column(Dataset dataset, String name, int rows, boolean bool) {
    double[] values = new double[rows];
    java.util.Arrays.fill(values, Double.NaN);
    if (name == null) {
      return values;
    }
    String value = bool ? "CAST(" + quote(name) + " AS DOUBLE)" : quote(name);
    dataset
        .engine()
        .query(
            "SELECT " + quote(CleanedTable.ROW) + ", " + value + " FROM " + Dataset.CLEAN,
            row -> {
              double v = row.getDouble(2);
              values[Math.toIntExact(row.getLong(1))] = row.wasNull() ? Double.NaN : v;
              return null;
            });
    return values;
  }
}
