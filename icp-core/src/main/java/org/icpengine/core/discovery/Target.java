package org.icpengine.core.discovery;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a segment is judged on: either a binary label (ideal customer or not) or a numeric outcome
 * such as LTV, NRR or CAC. Every target ranges over the same rows as the selectors.
 */
public sealed interface Target permits Target.Binary, Target.Numeric {

  /** Returns the number of rows the target ranges over. */
  int size();

  /** Returns a binary target whose positive rows (the ideal customers) are {@code positives}. */
  static Target binary(Bits positives) {
    return new Binary(positives);
  }

  /**
   * Returns a numeric target. NaN marks a missing value: that row takes no part in the discovery
   * for this target.
   *
   * @param values one value per row, in the outcome's unit
   * @param higherIsBetter true for LTV or NRR, false for CAC
   * @throws IllegalArgumentException if a value is infinite
   */
  static Target numeric(double[] values, boolean higherIsBetter) {
    return new Numeric(values, higherIsBetter);
  }

  /**
   * A binary target.
   *
   * @param positives the positive rows, for example the ideal customers
   */
  record Binary(Bits positives) implements Target {
    /** Checks that the positives are given. */
    public Binary {
      Objects.requireNonNull(positives, "positives");
    }

    @Override
    public int size() {
      return positives.size();
    }
  }

  /**
   * A numeric target; the values are copied in and out, so the target stays immutable.
   *
   * @param values one value per row in the outcome's unit, NaN where unknown; never infinite
   * @param higherIsBetter whether a higher value is the better outcome
   */
  record Numeric(double[] values, boolean higherIsBetter) implements Target {
    /** Copies the values and checks that none is infinite. */
    public Numeric {
      values = values.clone();
      for (int row = 0; row < values.length; row++) {
        if (Double.isInfinite(values[row])) {
          throw new IllegalArgumentException("value of row " + row + " is " + values[row]);
        }
      }
    }

    @Override
    public int size() {
      return values.length;
    }

    /** Returns a copy of the values. */
    @Override
    public double[] values() {
      return values.clone();
    }

    /** Returns the value of {@code row} without copying, for this package's loops. */
    double value(int row) {
      return values[row];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Numeric other
          && higherIsBetter == other.higherIsBetter
          && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(values) + Boolean.hashCode(higherIsBetter);
    }

    @Override
    public String toString() {
      return "Numeric[" + values.length + " values, higherIsBetter=" + higherIsBetter + "]";
    }
  }
}
