package org.icpengine.data.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.Test;

class FunnelTeamViewsTest {
  private static FunnelReport report;

  private static synchronized FunnelReport sample() {
    if (report == null) {
      LinkedFunnelSample s = LinkedFunnelSample.get();
      report = Funnel.run(s.sources(), s.icp(), FunnelOptions.builder().shift(20).build());
    }
    return report;
  }

  @Test
  void run_listsTheOpenDealsInWorkingOrderWithTheirTierAndReasons() {
    FunnelReport r = sample();
    long open = r.groups(FunnelDimension.TIER).stream().mapToLong(FunnelGroup::open).sum();
    assertThat(r.openTotal()).isEqualTo(open).isPositive();
    assertThat(r.openDeals()).hasSize((int) Math.min(open, OpenDeals.LISTED));
    assertThat(r.openDeals())
        .allSatisfy(d -> assertThat(d.tier()).isIn("A", "B", "C", "D", "unscored"));
    assertThat(r.openDeals())
        .filteredOn(d -> d.priority().isPresent())
        .extracting(d -> d.priority().getAsDouble())
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(r.openDeals().get(0).reasons()).startsWith("base 50");
  }

  @Test
  void run_projectsNrrAndCacOfTheShiftedMixBetweenTheTiers() {
    FunnelReport r = sample();
    Scenario s = r.forecast().orElseThrow().scenario().orElseThrow();
    assertThat(s.baselineNrr().isPresent()).isTrue();
    assertThat(s.projectedNrr().value()).isGreaterThan(s.baselineNrr().value());
    assertThat(s.projectedCac().isPresent()).isTrue();
    assertThat(s.assumption()).contains("NRR and CAC");
  }

  @Test
  void run_givesEachTierItsRevenueNrrAndSurveyAnswers() {
    FunnelReport r = sample();
    assertThat(r.product()).extracting(c -> c.outcome().tier()).containsExactly("A", "B", "C", "D");
    ProductCohort a = r.product().get(0);
    assertThat(a.outcome().revenueTotal()).isPositive();
    assertThat(a.answers()).extracting(CohortAnswer::kind).contains("job_to_be_done", "trait");
    assertThat(a.answers())
        .filteredOn(x -> x.kind().equals("trait"))
        .allSatisfy(x -> assertThat(x.answer()).doesNotStartWith("+"));
    TierOutcome d = r.outcomes().get("D");
    assertThat(a.outcome().revenueMean().value()).isGreaterThan(d.revenueMean().value());
  }

  @Test
  void run_keepsOnlyTheOpportunitiesOfAccountsInsideTheSegment() {
    LinkedFunnelSample s = LinkedFunnelSample.get();
    FunnelReport all = sample();
    FunnelReport fintech =
        Funnel.run(
            s.sources(), s.icp(), FunnelOptions.builder().segment("industry = 'fintech'").build());
    FunnelReport rest =
        Funnel.run(
            s.sources(),
            s.icp(),
            FunnelOptions.builder().segment("NOT (Industry = 'Fintech')").build());
    assertThat(fintech.opportunities()).isPositive().isLessThan(all.opportunities());
    assertThat(fintech.opportunities() + rest.opportunities())
        .isLessThanOrEqualTo(all.opportunities());
    assertThat(fintech.segment()).contains("industry = 'fintech'");
    assertThat(fintech.notes()).anyMatch(n -> n.startsWith("segment: industry = 'fintech'"));
  }

  @Test
  void run_refusesASegmentOutsideTheLanguage() {
    LinkedFunnelSample s = LinkedFunnelSample.get();
    assertThatThrownBy(
            () ->
                Funnel.run(
                    s.sources(),
                    s.icp(),
                    FunnelOptions.builder().segment("1; DROP TABLE x").build()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--segment");
    assertThatThrownBy(
            () ->
                Funnel.run(
                    s.sources(), s.icp(), FunnelOptions.builder().segment("nosuch = 1").build()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no column 'nosuch'");
  }
}
