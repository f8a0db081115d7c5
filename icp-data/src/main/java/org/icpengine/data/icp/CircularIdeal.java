package org.icpengine.data.icp;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.profile.ColumnProfile;

/**
 * Finds an ideal definition that is a near-deterministic function of one attribute: an ideal that
 * reads an attribute back, or an attribute whose values alone separate ideal accounts from the rest
 * (AUC at least {@value #DETERMINISTIC_AUC}). Such an ICP restates its own definition, so its
 * traits and its score's AUC say little; each case becomes a warning that names the attribute.
 */
final class CircularIdeal {
  /** The AUC from which one attribute is taken to decide the ideal on its own. */
  static final double DETERMINISTIC_AUC = 0.98;

  /** A category needs this many rows per value on average, or its AUC would flatter it. */
  private static final long ROWS_PER_LEVEL = 10;

  private CircularIdeal() {}

  /** Returns the warnings, one sentence each. */
  static List<String> warnings(Dataset dataset, IdealDefinition ideal, List<ColumnProfile> used) {
    List<String> warnings = new ArrayList<>();
    for (String read : ideal.columnsRead()) {
      dataset
          .column(read)
          .filter(c -> c.meaning().role() == ColumnRole.ATTRIBUTE)
          .ifPresent(
              c ->
                  warnings.add(
                      "The ideal definition reads "
                          + read
                          + ", which describes the account (an attribute), not an outcome:"
                          + " the ICP would restate its own definition; define the ideal by an"
                          + " outcome (won, revenue from the customer, churn)."));
    }
    for (ColumnProfile column : used) {
      if (!separable(column, dataset.rows())) {
        continue;
      }
      double auc = auc(dataset, column);
      if (auc >= DETERMINISTIC_AUC) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "%s alone separates ideal accounts from the rest (AUC %.3f): the ideal is"
                    + " almost a function of it, so the ICP may restate the definition; check"
                    + " that %s is not the outcome in disguise, or leave it out with --exclude.",
                column.name(),
                auc,
                column.name()));
      }
    }
    return warnings;
  }

  private static boolean separable(ColumnProfile column, long rows) {
    ValueType type = column.meaning().type();
    if (type == ValueType.NUMBER) {
      return true;
    }
    return (type == ValueType.CATEGORY || type == ValueType.BOOLEAN || type == ValueType.COUNTRY)
        && column.distinct() * ROWS_PER_LEVEL <= rows;
  }

  /**
   * Returns the AUC of the column's values as a score for the ideal: numbers in their order (or
   * reversed, whichever is higher), categories ordered by their ideal rate; a missing value is a
   * value of its own.
   */
  static double auc(Dataset dataset, ColumnProfile column) {
    String v = "c." + quote(column.name());
    String row = quote(CleanedTable.ROW);
    boolean number = column.meaning().type() == ValueType.NUMBER;
    String order = number ? "v NULLS LAST" : "p / (p + n), v NULLS LAST";
    String grouped =
        "SELECT "
            + v
            + " AS v, count_if(f.ideal) AS p, count_if(NOT f.ideal) AS n FROM "
            + Dataset.CLEAN
            + " c JOIN "
            + Ideals.FLAGS
            + " f ON c."
            + row
            + " = f."
            + row
            + " GROUP BY "
            + v;
    String cumulative =
        "SELECT p, n, coalesce(sum(n) OVER (ORDER BY "
            + order
            + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS below FROM ("
            + grouped
            + ")";
    double auc =
        dataset
            .engine()
            .queryOne(
                "SELECT coalesce(sum(p * (below + n / 2.0)) / nullif(sum(p) * sum(n), 0), 0.5)"
                    + " FROM ("
                    + cumulative
                    + ")",
                r -> r.getDouble(1));
    return number ? Math.max(auc, 1 - auc) : auc;
  }
}
