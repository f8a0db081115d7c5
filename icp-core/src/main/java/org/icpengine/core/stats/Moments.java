package org.icpengine.core.stats;

/**
 * The sufficient statistics of a sample of real values: how many there are, their sum and the sum
 * of their squares. Mean, variance and standard error follow from these three numbers, and the
 * moments of "everything else" follow from a total by subtraction.
 *
 * @param count the number of values; never negative
 * @param sum the sum of the values, in the values' unit
 * @param sumOfSquares the sum of the squared values, in the values' unit squared
 */
public record Moments(long count, double sum, double sumOfSquares) {
  private static final Moments EMPTY = new Moments(0, 0, 0);

  /**
   * Sums of squares agree to within this many ulps per value when computed in different orders; a
   * centred sum of squares below that floor is rounding noise, not spread.
   */
  private static final double ROUNDING_ULPS_PER_VALUE = 8;

  /** Checks that the count is not negative. */
  public Moments {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
  }

  /** Returns the moments of no values at all. */
  public static Moments empty() {
    return EMPTY;
  }

  /**
   * Returns the moments of the given values.
   *
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public static Moments of(double... values) {
    double sum = 0;
    double sumOfSquares = 0;
    for (double value : values) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("values must be finite, was " + value);
      }
      sum += value;
      sumOfSquares += value * value;
    }
    return new Moments(values.length, sum, sumOfSquares);
  }

  /** Returns the arithmetic mean in the values' unit, or NaN when there are no values. */
  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  /**
   * Returns the sample variance (divisor n − 1) in the values' unit squared, or NaN when there are
   * fewer than two values. Rounding noise in the subtraction is reported as exactly zero.
   */
  public double variance() {
    if (count < 2) {
      return Double.NaN;
    }
    double centred = sumOfSquares - sum * (sum / count);
    double noiseFloor = ROUNDING_ULPS_PER_VALUE * count * Math.ulp(Math.abs(sumOfSquares));
    return centred <= noiseFloor ? 0 : centred / (count - 1);
  }

  /**
   * Returns the standard error of the mean in the values' unit, or NaN when there are fewer than
   * two values.
   */
  public double standardError() {
    return Math.sqrt(variance() / count);
  }

  /**
   * Returns the moments of the values in this sample that are not in {@code other}, where {@code
   * other} is a part of this sample (for example the rest of a total once a cohort is taken out).
   *
   * @throws IllegalArgumentException if {@code other} has more values than this sample
   */
  public Moments minus(Moments other) {
    if (other.count > count) {
      throw new IllegalArgumentException(
          "cannot take " + other.count + " values out of a sample of " + count);
    }
    return new Moments(count - other.count, sum - other.sum, sumOfSquares - other.sumOfSquares);
  }
}
