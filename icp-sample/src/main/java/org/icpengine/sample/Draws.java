package org.icpengine.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws used by the generators. Transcendental functions come from {@link StrictMath} so
 * that a seed yields the same bytes on every platform and JDK.
 */
public final class Draws {
  private Draws() {}

  public static boolean chance(SplittableRandom rnd, double probability) {
    return rnd.nextDouble() < probability;
  }

  public static <T> T pick(SplittableRandom rnd, List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  /** Picks {@code values[i]} with probability {@code weights[i] / sum(weights)}. */
  public static <T> T weighted(SplittableRandom rnd, List<T> values, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double u = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return values.get(i);
      }
    }
    return values.get(weights.length - 1);
  }

  /** Draws a standard normal value by the Box–Muller transform. */
  public static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** Draws an integer whose logarithm is uniform between {@code log(min)} and {@code log(max)}. */
  public static int logUniform(SplittableRandom rnd, int min, int max) {
    double low = StrictMath.log(min);
    double high = StrictMath.log(max + 1.0);
    int value = (int) StrictMath.floor(StrictMath.exp(low + rnd.nextDouble() * (high - low)));
    return Math.max(min, Math.min(max, value));
  }

  public static double logistic(double x) {
    return 1.0 / (1.0 + StrictMath.exp(-x));
  }

  public static <T> void shuffle(SplittableRandom rnd, List<T> values) {
    for (int i = values.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      values.set(i, values.set(j, values.get(i)));
    }
  }
}
