package org.icpengine.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountKpisTest {
  private static final double NAN = Double.NaN;

  /** Ten accounts: scores 95 down to 5, tiers A A B B C C C D D D. */
  private static List<ScoredAccount> accounts() {
    String[] tiers = {"A", "A", "B", "B", "C", "C", "C", "D", "D", "D"};
    long[] won = {3, 2, 1, 1, 1, 0, 0, 1, 0, 0};
    long[] lost = {1, 0, 1, 1, 2, 1, 1, 3, 2, 4};
    double[] revenue = {300, 200, 100, 100, 50, NAN, NAN, 50, NAN, NAN};
    double[] nrr = {120, 110, 100, NAN, 90, NAN, NAN, 80, NAN, NAN};
    Boolean[] churned = {false, false, true, null, true, null, null, true, null, null};
    double[] cac = {1000, 1400, 900, NAN, 800, NAN, NAN, 700, NAN, NAN};
    String[] cohort = {
      "2024-Q1", "2024-Q2", "2024-Q1", null, "2024-Q2", null, null, "2024-Q1", null, null
    };
    List<ScoredAccount> list = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      list.add(
          new ScoredAccount(
              tiers[i],
              95 - 10 * i,
              won[i],
              lost[i],
              revenue[i],
              nrr[i],
              churned[i],
              cac[i],
              cohort[i]));
    }
    list.add(new ScoredAccount(null, -1, 5, 0, 999, NAN, null, NAN, null));
    return list;
  }

  private static KpiFigure kpi(String key) {
    return AccountKpis.of(accounts()).stream()
        .filter(f -> f.kpi().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void of_givesTheBookingsShareOfTiersAAndBOverScoredAccounts() {
    KpiFigure share = kpi("bookings_share_ab");
    assertThat(share.value()).isCloseTo(700.0 / 800.0, within(1e-12));
    assertThat(share.n()).isEqualTo(6);
    assertThat(share.ciLow()).isLessThan(share.value());
    assertThat(share.ciHigh()).isGreaterThan(share.value()).isLessThanOrEqualTo(1);
  }

  @Test
  void of_givesTheWinRateLiftOfTierAOverTierD() {
    KpiFigure lift = kpi("win_rate_lift_a_d");
    // A: 5 won of 6 closed; D: 1 won of 10 closed
    assertThat(lift.value()).isCloseTo((5 / 6.0) / (1 / 10.0), within(1e-12));
    assertThat(lift.n()).isEqualTo(16);
    assertThat(lift.ciLow()).isLessThan(lift.value());
  }

  @Test
  void of_givesTheShareOfWonDealsAtTheTopThirtyPercent() {
    // top 3 of 10 scored accounts by score hold 3 + 2 + 1 of 9 won deals
    assertThat(kpi("top30_conversion_share").value()).isCloseTo(6 / 9.0, within(1e-12));
  }

  @Test
  void of_givesNrrChurnAndCacByTierWithTrends() {
    assertThat(kpi("nrr_a").value()).isEqualTo(115);
    assertThat(kpi("nrr_a").n()).isEqualTo(2);
    assertThat(kpi("churn_b").value()).isEqualTo(1.0);
    assertThat(kpi("churn_b").n()).isEqualTo(1);
    assertThat(kpi("cac_a").value()).isEqualTo(1200);
    assertThat(kpi("cac_a").trend())
        .extracting(KpiFigure.Point::period)
        .containsExactly("2024-Q1", "2024-Q2");
    assertThat(kpi("cac_a").trend().get(0).value()).isEqualTo(1000);
  }

  @Test
  void of_leavesThePipelineShareToTheFunnelAndSaysSo() {
    KpiFigure pipeline = kpi("pipeline_share_ab");
    assertThat(pipeline.known()).isFalse();
    assertThat(pipeline.basis()).contains("funnel");
  }
}
