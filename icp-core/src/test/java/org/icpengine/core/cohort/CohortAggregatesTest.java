package org.icpengine.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.icpengine.core.stats.Moments;
import org.junit.jupiter.api.Test;

class CohortAggregatesTest {

  private static CohortAggregates counts(
      long accounts, long ideal, long churnKnown, long churned, long wonKnown, long won) {
    Moments none = Moments.empty();
    return new CohortAggregates(
        "fintech",
        accounts,
        ideal,
        none,
        MedianEstimate.missing(),
        none,
        none,
        churnKnown,
        churned,
        wonKnown,
        won);
  }

  @Test
  void constructor_acceptsConsistentCounts() {
    CohortAggregates cohort = counts(10, 4, 8, 2, 5, 5);

    assertThat(cohort.accounts()).isEqualTo(10);
    assertThat(cohort.won()).isEqualTo(5);
  }

  @Test
  void constructor_rejectsNegativeAccounts() {
    assertThatThrownBy(() -> counts(-1, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accounts must be >= 0")
        .hasMessageContaining("-1");
  }

  @Test
  void constructor_rejectsMoreIdealThanAccounts() {
    assertThatThrownBy(() -> counts(10, 11, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ideal must be <= accounts")
        .hasMessageContaining("11")
        .hasMessageContaining("fintech");
  }

  @Test
  void constructor_rejectsMoreChurnedThanKnown() {
    assertThatThrownBy(() -> counts(10, 0, 3, 4, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("churned must be <= churnKnown")
        .hasMessageContaining("4");
  }

  @Test
  void constructor_rejectsMoreWonThanKnown() {
    assertThatThrownBy(() -> counts(10, 0, 0, 0, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("won must be <= wonKnown")
        .hasMessageContaining("3");
  }

  @Test
  void constructor_rejectsNegativeWon() {
    assertThatThrownBy(() -> counts(10, 0, 0, 0, 2, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("won must be >= 0");
  }

  @Test
  void constructor_rejectsMoreLtvValuesThanAccounts() {
    Moments none = Moments.empty();
    assertThatThrownBy(
            () ->
                new CohortAggregates(
                    "x",
                    2,
                    0,
                    Moments.of(1, 2, 3),
                    MedianEstimate.missing(),
                    none,
                    none,
                    0,
                    0,
                    0,
                    0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ltv count must be <= accounts");
  }

  @Test
  void minus_subtractsEveryCount() {
    CohortAggregates total = counts(100, 30, 80, 20, 50, 25);
    CohortAggregates cohort = counts(40, 20, 30, 5, 10, 8);

    CohortAggregates rest = total.minus(cohort);

    assertThat(rest.accounts()).isEqualTo(60);
    assertThat(rest.ideal()).isEqualTo(10);
    assertThat(rest.churnKnown()).isEqualTo(50);
    assertThat(rest.churned()).isEqualTo(15);
    assertThat(rest.wonKnown()).isEqualTo(40);
    assertThat(rest.won()).isEqualTo(17);
  }

  @Test
  void minus_rejectsACohortLargerThanTheTotal() {
    assertThatThrownBy(() -> counts(10, 0, 0, 0, 0, 0).minus(counts(11, 0, 0, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11 accounts");
  }

  @Test
  void constructor_rejectsMoreKnownDealOutcomesThanAccounts() {
    assertThatThrownBy(() -> counts(10, 0, 0, 0, 11, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wonKnown must be <= accounts");
  }

  @Test
  void constructor_rejectsMoreNrrOrCacValuesThanAccounts() {
    Moments none = Moments.empty();
    Moments three = Moments.of(1, 2, 3);
    assertThatThrownBy(
            () ->
                new CohortAggregates(
                    "x", 2, 0, none, MedianEstimate.missing(), three, none, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nrr count must be <= accounts");
    assertThatThrownBy(
            () ->
                new CohortAggregates(
                    "x", 2, 0, none, MedianEstimate.missing(), none, three, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cac count must be <= accounts");
  }
}
