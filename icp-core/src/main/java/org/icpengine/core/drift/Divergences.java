package org.icpengine.core.drift;

/**
 * Effect sizes of a change between two distributions over the same bins, from bin counts. Bins
 * empty on both sides carry no information and are ignored.
 */
public final class Divergences {
  /** Added to every bin's count on both sides when a bin is empty on one side only. */
  public static final double SMOOTHING = 0.5;

  private Divergences() {}

  /**
   * Returns the population stability index {@code Σ (c_i − r_i) · ln(c_i / r_i)} of the current
   * shares c over the reference shares r, 0 when they agree. When a bin is empty on one side only,
   * {@value #SMOOTHING} is added to every kept bin's count on both sides first, so the index stays
   * finite.
   *
   * @throws IllegalArgumentException if the lengths differ, a count is negative, or a side is empty
   */
  public static double psi(long[] reference, long[] current) {
    check(reference, current);
    boolean smooth = false;
    for (int i = 0; i < reference.length; i++) {
      smooth |= (reference[i] == 0) != (current[i] == 0);
    }
    double add = smooth ? SMOOTHING : 0;
    double[] r = shares(reference, current, reference, add);
    double[] c = shares(reference, current, current, add);
    double psi = 0;
    for (int i = 0; i < r.length; i++) {
      if (r[i] > 0) {
        psi += (c[i] - r[i]) * Math.log(c[i] / r[i]);
      }
    }
    return psi;
  }

  /**
   * Returns the Jensen–Shannon distance: the square root of the Jensen–Shannon divergence in bits,
   * a metric in [0, 1]; 0 when the shares agree and 1 when they share no bin.
   *
   * @throws IllegalArgumentException if the lengths differ, a count is negative, or a side is empty
   */
  public static double jensenShannon(long[] reference, long[] current) {
    check(reference, current);
    double[] r = shares(reference, current, reference, 0);
    double[] c = shares(reference, current, current, 0);
    double divergence = 0;
    for (int i = 0; i < r.length; i++) {
      double m = (r[i] + c[i]) / 2;
      divergence += half(r[i], m) + half(c[i], m);
    }
    return Math.sqrt(Math.max(0, divergence / Math.log(2)));
  }

  private static double half(double p, double m) {
    return p == 0 ? 0 : 0.5 * p * Math.log(p / m);
  }

  /** The shares of {@code side} over the bins not empty on both sides, with {@code add} each. */
  private static double[] shares(long[] reference, long[] current, long[] side, double add) {
    double total = 0;
    int kept = 0;
    for (int i = 0; i < side.length; i++) {
      if (reference[i] + current[i] > 0) {
        total += side[i] + add;
        kept++;
      }
    }
    double[] shares = new double[kept];
    int k = 0;
    for (int i = 0; i < side.length; i++) {
      if (reference[i] + current[i] > 0) {
        shares[k++] = (side[i] + add) / total;
      }
    }
    return shares;
  }

  static void check(long[] reference, long[] current) {
    if (reference.length != current.length) {
      throw new IllegalArgumentException(
          "both sides need the same bins, had " + reference.length + " and " + current.length);
    }
    long r = 0;
    long c = 0;
    for (int i = 0; i < reference.length; i++) {
      if (reference[i] < 0 || current[i] < 0) {
        throw new IllegalArgumentException("bin counts must be >= 0, bin " + i + " was negative");
      }
      r += reference[i];
      c += current[i];
    }
    if (r == 0 || c == 0) {
      throw new IllegalArgumentException(
          "both sides need rows, had " + r + " and " + c + " in the bins");
    }
  }
}
