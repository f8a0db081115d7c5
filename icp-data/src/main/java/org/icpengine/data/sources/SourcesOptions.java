package org.icpengine.data.sources;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code options:} of a {@code sources.yaml}.
 *
 * @param asOf the date separating attributes from outcomes, when the user fixed one
 * @param outcomeWindowMonths the length of the outcome window in months
 * @param grossMargin the gross margin (0–1) for projected LTV, when known
 * @param minMatch the least fraction of a source's rows that must link to an account (0–1)
 */
public record SourcesOptions(
    Optional<LocalDate> asOf,
    int outcomeWindowMonths,
    OptionalDouble grossMargin,
    double minMatch) {

  /** The default least fraction of rows that must link: one half. */
  public static final double DEFAULT_MIN_MATCH = 0.5;

  public SourcesOptions {
    if (outcomeWindowMonths < 1) {
      throw new IllegalArgumentException(
          "outcome_window_months must be at least 1, not " + outcomeWindowMonths);
    }
    if (grossMargin.isPresent()
        && (grossMargin.getAsDouble() <= 0 || grossMargin.getAsDouble() > 1)) {
      throw new IllegalArgumentException(
          "gross_margin is a fraction in (0, 1], such as 0.7, not " + grossMargin.getAsDouble());
    }
    if (!(minMatch >= 0 && minMatch <= 1)) {
      throw new IllegalArgumentException("min_match is a fraction in [0, 1], not " + minMatch);
    }
  }

  /** Returns the defaults: as-of from the data, a 12-month window, no margin, half must link. */
  public static SourcesOptions defaults() {
    return new SourcesOptions(Optional.empty(), 12, OptionalDouble.empty(), DEFAULT_MIN_MATCH);
  }

  /** Returns these options with the as-of date replaced. */
  public SourcesOptions withAsOf(Optional<LocalDate> date) {
    return new SourcesOptions(date, outcomeWindowMonths, grossMargin, minMatch);
  }
}
