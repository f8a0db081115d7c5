package org.icpengine.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiStatusTest {
  private static KpiFigure figure(double value, double low, double high) {
    return new KpiFigure("x", value, low, high, 100, "test", List.of());
  }

  private static KpiTarget target(Kpi kpi, double goal) {
    return new KpiTarget(kpi, goal, "owner", "ana", Instant.EPOCH);
  }

  @Test
  void of_isOnTrackWhenTheValueReachesTheTarget() {
    assertThat(KpiStatus.of(figure(2.0, 1.5, 2.6), target(Kpi.WIN_RATE_LIFT_A_D, 2.0)))
        .isEqualTo(KpiStatus.ON_TRACK);
  }

  @Test
  void of_isAtRiskWhenOnlyTheIntervalReachesTheTarget() {
    assertThat(KpiStatus.of(figure(1.8, 1.2, 2.4), target(Kpi.WIN_RATE_LIFT_A_D, 2.0)))
        .isEqualTo(KpiStatus.AT_RISK);
  }

  @Test
  void of_isOffTrackWhenTheWholeIntervalMisses() {
    assertThat(KpiStatus.of(figure(1.2, 1.0, 1.4), target(Kpi.WIN_RATE_LIFT_A_D, 2.0)))
        .isEqualTo(KpiStatus.OFF_TRACK);
  }

  @Test
  void of_readsLowerAsBetterForChurnAndCac() {
    assertThat(KpiStatus.of(figure(0.08, 0.05, 0.12), target(Kpi.CHURN_A, 0.10)))
        .isEqualTo(KpiStatus.ON_TRACK);
    assertThat(KpiStatus.of(figure(0.12, 0.09, 0.15), target(Kpi.CHURN_A, 0.10)))
        .isEqualTo(KpiStatus.AT_RISK);
    assertThat(KpiStatus.of(figure(1500, 1300, 1700), target(Kpi.CAC_A, 1000)))
        .isEqualTo(KpiStatus.OFF_TRACK);
  }

  @Test
  void of_hasNoVerdictWithoutATargetOrAValue() {
    assertThat(KpiStatus.of(figure(1, 0, 2), null)).isEqualTo(KpiStatus.NO_TARGET);
    assertThat(KpiStatus.of(figure(Double.NaN, Double.NaN, Double.NaN), target(Kpi.CAC_A, 1)))
        .isEqualTo(KpiStatus.NO_DATA);
  }
}
