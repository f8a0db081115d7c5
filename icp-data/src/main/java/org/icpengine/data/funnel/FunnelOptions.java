package org.icpengine.data.funnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How to build the funnel.
 *
 * @param by the dimensions the groups are cut by; the groups hold every cell of this cut and, for a
 *     cut by two dimensions, each dimension alone (see docs/funnel.md)
 * @param cohort the creation period of the cohorts
 * @param shift the scenario's share of new C/D pipeline moved to A/B, in percent (0–100), if any
 * @param stages the open stages in funnel order; empty: inferred from the stage names and the data
 * @param asOf the day the open pipeline is forecast from; empty: the latest date in the data
 * @param segment an ideal-language expression over the accounts' columns: only the opportunities of
 *     accounts inside it are counted; empty: every opportunity
 */
public record FunnelOptions(
    List<FunnelDimension> by,
    CohortPeriod cohort,
    OptionalDouble shift,
    List<String> stages,
    Optional<LocalDate> asOf,
    Optional<String> segment) {

  /** Copies the lists and checks the cut and the shift. */
  public FunnelOptions {
    by = List.copyOf(by);
    stages = List.copyOf(stages);
    if (by.isEmpty()) {
      throw new IllegalArgumentException("the funnel needs at least one dimension to cut by");
    }
    if (shift.isPresent() && !(shift.getAsDouble() >= 0 && shift.getAsDouble() <= 100)) {
      throw new IllegalArgumentException(
          "the shift is a percentage from 0 to 100, not " + shift.getAsDouble());
    }
  }

  /** Returns the defaults: by tier, cohorts by month, no scenario, stages inferred. */
  public static FunnelOptions defaults() {
    return builder().build();
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FunnelOptions}. */
  public static final class Builder {
    private List<FunnelDimension> by = List.of(FunnelDimension.TIER);
    private CohortPeriod cohort = CohortPeriod.MONTH;
    private OptionalDouble shift = OptionalDouble.empty();
    private List<String> stages = List.of();
    private Optional<LocalDate> asOf = Optional.empty();
    private Optional<String> segment = Optional.empty();

    private Builder() {}

    /** Sets the dimensions to cut by. */
    public Builder by(List<FunnelDimension> by) {
      this.by = by;
      return this;
    }

    /** Sets the cohorts' period. */
    public Builder cohort(CohortPeriod cohort) {
      this.cohort = cohort;
      return this;
    }

    /** Sets the scenario's shift in percent. */
    public Builder shift(double percent) {
      this.shift = OptionalDouble.of(percent);
      return this;
    }

    /** Sets the open stages in funnel order. */
    public Builder stages(List<String> stages) {
      this.stages = stages;
      return this;
    }

    /** Sets the day the forecast starts from. */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Optional.of(asOf);
      return this;
    }

    /** Sets the segment (an ideal-language expression); blank: none. */
    public Builder segment(String expression) {
      this.segment =
          expression == null || expression.isBlank()
              ? Optional.empty()
              : Optional.of(expression.strip());
      return this;
    }

    /** Returns the options. */
    public FunnelOptions build() {
      return new FunnelOptions(by, cohort, shift, stages, asOf, segment);
    }
  }
}
