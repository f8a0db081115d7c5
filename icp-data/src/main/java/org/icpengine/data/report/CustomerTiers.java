package org.icpengine.data.report;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.fit.ModelRows;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Today's customers per tier of the fit score: every account of the derive file scored by the
 * published model (the SQL {@code icp score} runs), with how many are ideal and the lifetime value
 * they hold — the revenue at stake in each tier.
 *
 * @param tiers one row per tier, A to D
 * @param valueColumn the LTV (or revenue) column summed, or empty when the file has none
 */
public record CustomerTiers(List<Row> tiers, String valueColumn) {
  /**
   * One tier.
   *
   * @param tier the letter
   * @param accounts accounts scored into the tier (disqualified accounts count in D)
   * @param ideal of them, the ideal ones
   * @param value the sum of their LTV, 0 when unknown
   */
  public record Row(char tier, long accounts, long ideal, double value) {}

  /** Copies the rows. */
  public CustomerTiers {
    tiers = List.copyOf(tiers);
  }

  /** Scores every account of the dataset, whose ideal flags must have been evaluated. */
  public static CustomerTiers of(Dataset dataset, ScoreModel model) {
    ModelRows.Rows rows =
        ModelRows.read(dataset.engine(), Dataset.RAW, dataset.columns(), model, "the file");
    String value = Cohorts.outcomes(dataset).getOrDefault(OutcomeKind.LTV, "");
    List<double[]> perRow = idealAndValue(dataset, value);
    long[] accounts = new long[4];
    long[] ideal = new long[4];
    double[] sums = new double[4];
    int n = Math.min(rows.tiers().length, perRow.size());
    for (int i = 0; i < n; i++) {
      int t = "ABCD".indexOf(rows.tiers()[i]);
      if (t < 0) {
        continue;
      }
      accounts[t]++;
      ideal[t] += (long) perRow.get(i)[0];
      sums[t] += perRow.get(i)[1];
    }
    List<Row> tiers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      tiers.add(new Row("ABCD".charAt(t), accounts[t], ideal[t], sums[t]));
    }
    return new CustomerTiers(tiers, value);
  }

  /** Per row in file order: 1 when ideal, else 0, and the row's LTV (0 when unknown). */
  private static List<double[]> idealAndValue(Dataset dataset, String valueColumn) {
    String row = quote(CleanedTable.ROW);
    String value =
        valueColumn.isEmpty()
            ? "0"
            : "coalesce(TRY_CAST(c." + quote(valueColumn) + " AS DOUBLE), 0)";
    return dataset
        .engine()
        .query(
            "SELECT CASE WHEN f.ideal THEN 1 ELSE 0 END, "
                + value
                + " FROM "
                + Dataset.CLEAN
                + " c JOIN "
                + Ideals.FLAGS
                + " f ON c."
                + row
                + " = f."
                + row
                + " ORDER BY c."
                + row,
            r -> new double[] {r.getDouble(1), r.getDouble(2)});
  }

  /** Returns the accounts of all tiers. */
  public long accounts() {
    return tiers.stream().mapToLong(Row::accounts).sum();
  }

  /** Returns the value of all tiers. */
  public double value() {
    return tiers.stream().mapToDouble(Row::value).sum();
  }
}
