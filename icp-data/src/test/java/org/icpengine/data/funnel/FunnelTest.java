package org.icpengine.data.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelTest {
  @Test
  void run_onTheLinkedSample_tierAWinsWellAboveTierD() {
    LinkedFunnelSample sample = LinkedFunnelSample.get();
    FunnelReport report =
        Funnel.run(
            sample.sources(),
            sample.icp(),
            FunnelOptions.builder()
                .by(List.of(FunnelDimension.TIER, FunnelDimension.CHANNEL))
                .shift(20)
                .build());
    FunnelGroup a = tier(report, "A");
    FunnelGroup d = tier(report, "D");
    assertThat(a.winRate().low()).isGreaterThan(d.winRate().high());
    assertThat(a.winRate().value()).isGreaterThan(2 * d.winRate().value());
    assertThat(a.winRate().pValue()).isLessThan(0.001);
    assertThat(report.stageOrder())
        .containsExactly("Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won");
    assertThat(report.topTiers().bookings().value())
        .isGreaterThan(report.topTiers().opportunities().high());
  }

  @Test
  void run_onTheLinkedSample_listsTheMissedDealsLargestFirst() {
    FunnelReport report = sampleReport();
    assertThat(report.missedTotals().get(MissedDeal.WON_LOW_TIER)).isPositive();
    List<MissedDeal> won =
        report.missed().stream().filter(m -> m.kind().equals(MissedDeal.WON_LOW_TIER)).toList();
    assertThat(won).isNotEmpty().allSatisfy(m -> assertThat(m.tier()).isIn("C", "D"));
    assertThat(won).extracting(MissedDeal::amount).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(won.get(0).reasons()).startsWith("base 50");
  }

  @Test
  void run_onTheLinkedSample_forecastsBookingsFromTheOpenPipelineByTier() {
    Forecast forecast = sampleReport().forecast().orElseThrow();
    TierForecast a = forecast.tiers().get(0);
    assertThat(a.tier()).isEqualTo("A");
    assertThat(a.bookings().value()).isCloseTo(a.winRate().value() * a.openAmount(), within(1e-6));
    assertThat(a.bookings().low()).isLessThan(a.bookings().value());
    assertThat(a.revenue12m().value()).isBetween(0.0, a.bookings().value());
    double sum = forecast.tiers().stream().mapToDouble(t -> t.bookings().value()).sum();
    assertThat(forecast.bookings().value()).isCloseTo(sum, within(1e-6));
    Scenario scenario = forecast.scenario().orElseThrow();
    assertThat(scenario.projectedBookings().value()).isGreaterThan(scenario.baselineBookings());
    assertThat(scenario.assumption()).contains("20 % of the");
  }

  private static FunnelReport sampleReport() {
    LinkedFunnelSample sample = LinkedFunnelSample.get();
    return Funnel.run(sample.sources(), sample.icp(), FunnelOptions.builder().shift(20).build());
  }

  private static FunnelGroup tier(FunnelReport report, String tier) {
    return report.groups(FunnelDimension.TIER).stream()
        .filter(g -> g.tier().orElseThrow().equals(tier))
        .findFirst()
        .orElseThrow();
  }
}
