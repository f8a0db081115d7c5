package org.icpengine.data.assembly;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How to build the account table.
 *
 * @param asOf attributes and engagement from records before it, outcomes after; empty: the latest
 *     date in the data minus the outcome window
 * @param outcomeWindowMonths the length of the outcome window in months
 * @param grossMargin the gross margin (0–1) for projected LTV, when known
 */
public record AssemblyOptions(
    Optional<LocalDate> asOf, int outcomeWindowMonths, OptionalDouble grossMargin) {

  public AssemblyOptions {
    if (outcomeWindowMonths < 1) {
      throw new IllegalArgumentException(
          "the outcome window must be at least 1 month, not " + outcomeWindowMonths);
    }
    if (grossMargin.isPresent()
        && (grossMargin.getAsDouble() <= 0 || grossMargin.getAsDouble() > 1)) {
      throw new IllegalArgumentException(
          "the gross margin is a fraction in (0, 1], not " + grossMargin.getAsDouble());
    }
  }

  /** Returns the defaults: as-of from the data, a 12-month outcome window, no margin. */
  public static AssemblyOptions defaults() {
    return new AssemblyOptions(Optional.empty(), 12, OptionalDouble.empty());
  }
}
