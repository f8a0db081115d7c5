package org.icpengine.core.score;

/**
 * The logistic function by table lookup with linear interpolation, exact to about 1e-6: boosting
 * evaluates it once per row per feature per round, where {@link Math#exp} would dominate the cost.
 */
final class Sigmoid {
  private static final double RANGE = 30;
  private static final int STEPS_PER_UNIT = 128;
  private static final double[] TABLE = table();

  private Sigmoid() {}

  private static double[] table() {
    int size = (int) (2 * RANGE * STEPS_PER_UNIT) + 2;
    double[] table = new double[size];
    for (int i = 0; i < size; i++) {
      table[i] = exact(-RANGE + (double) i / STEPS_PER_UNIT);
    }
    return table;
  }

  /** Returns 1 / (1 + e^-x), computed exactly. */
  static double exact(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** Returns 1 / (1 + e^-x) from the table. */
  static double of(double x) {
    if (x <= -RANGE) {
      return exact(x);
    }
    if (x >= RANGE) {
      return exact(x);
    }
    double position = (x + RANGE) * STEPS_PER_UNIT;
    int i = (int) position;
    double fraction = position - i;
    return TABLE[i] + fraction * (TABLE[i + 1] - TABLE[i]);
  }

  /** Returns the log-odds of a probability clipped away from 0 and 1. */
  static double logit(double p) {
    double clipped = Math.min(1 - 1e-9, Math.max(1e-9, p));
    return Math.log(clipped / (1 - clipped));
  }
}
