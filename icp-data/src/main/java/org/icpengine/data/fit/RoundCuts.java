package org.icpengine.data.fit;

import java.util.List;
import java.util.TreeSet;
import org.icpengine.model.scoring.NumberScale;

/**
 * The round values a number attribute's published ranges may be cut at: the employee bands (10, 50,
 * 200, 500, 1,000, 5,000); for revenue, 1-2-5 steps below $1M, then $1M steps below $10M, $10M
 * steps below $100M and so on; for other numbers 1-2-5 × 10^k, or — when fewer than {@value
 * #ENOUGH} of those fall in the middle 96 % of the values — every one-significant-digit value, or
 * failing that every two-significant-digit multiple of 5, or every two-significant-digit value.
 * Whole numbers are cut at whole values.
 */
final class RoundCuts {
  /** The fewest round values in the middle of the data for a grid to be fine enough. */
  static final int ENOUGH = 4;

  private static final double[] EMPLOYEE_BANDS = {10, 50, 200, 500, 1_000, 5_000};
  private static final int MAX_CUTS = 120;

  private RoundCuts() {}

  /**
   * Returns the round values strictly between {@code min} and {@code max}, ascending.
   *
   * @param low the 2 % quantile of the values
   * @param high the 98 % quantile of the values
   */
  static List<Double> of(NumberScale scale, double min, double max, double low, double high) {
    TreeSet<Double> cuts = new TreeSet<>();
    switch (scale) {
      case EMPLOYEES:
        for (double band : EMPLOYEE_BANDS) {
          cuts.add(band);
        }
        break;
      case MONEY:
        cuts.addAll(grid(new double[] {1, 2, 5}, min, max, 1e6));
        cuts.addAll(grid(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, Math.max(min, 1e6), max, 0));
        break;
      default:
        double[] twoDigits = new double[90];
        for (int i = 0; i < twoDigits.length; i++) {
          twoDigits[i] = (10 + i) / 10.0;
        }
        double[][] levels = {
          {1, 2, 5},
          {1, 2, 3, 4, 5, 6, 7, 8, 9},
          {1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5},
          twoDigits
        };
        for (double[] mantissas : levels) {
          cuts.clear();
          cuts.addAll(grid(mantissas, min, max, 0));
          if (scale == NumberScale.WHOLE) {
            cuts.removeIf(c -> c != Math.rint(c));
          }
          if (cuts.subSet(low, true, high, true).size() >= ENOUGH) {
            break;
          }
        }
    }
    cuts.removeIf(c -> !(c >= min && c < max));
    return thin(cuts, low, high);
  }

  /** The values m × 10^k (and their negatives, and 0) within [min, max], below {@code below}. */
  private static TreeSet<Double> grid(double[] mantissas, double min, double max, double below) {
    TreeSet<Double> values = new TreeSet<>();
    double reach = Math.max(Math.abs(min), Math.abs(max));
    if (!(reach > 0) || !Double.isFinite(reach)) {
      return values;
    }
    if (min <= 0 && max >= 0) {
      values.add(0.0);
    }
    int top = (int) Math.ceil(Math.log10(reach)) + 1;
    for (int k = top - 12; k <= top; k++) {
      for (double m : mantissas) {
        double v = Double.parseDouble(m + "E" + k);
        for (double signed : new double[] {v, -v}) {
          if (signed >= min && signed <= max && (below <= 0 || Math.abs(signed) < below)) {
            values.add(signed);
          }
        }
      }
    }
    return values;
  }

  /** Keeps at most {@value #MAX_CUTS} cuts, those nearest the middle of the data first. */
  private static List<Double> thin(TreeSet<Double> cuts, double low, double high) {
    if (cuts.size() <= MAX_CUTS) {
      return List.copyOf(cuts);
    }
    double middle = (low + high) / 2;
    return cuts.stream()
        .sorted(java.util.Comparator.comparingDouble(c -> Math.abs(c - middle)))
        .limit(MAX_CUTS)
        .sorted()
        .toList();
  }
}
