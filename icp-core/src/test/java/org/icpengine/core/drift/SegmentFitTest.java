package org.icpengine.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentFitTest {
  private static final ScoredSample REST = Samples.draw(6000, 50, p -> p, true, 1);

  @Test
  void judge_fitsASegmentTheScoreDescribes() {
    SegmentFit fit = SegmentFit.judge(Samples.draw(1500, 50, p -> p, true, 2), REST, 10);
    assertThat(fit.verdict()).isEqualTo(SegmentFit.Verdict.FITS);
  }

  @Test
  void judge_asksForAnOverrideWhenTheLevelIsOff() {
    SegmentFit fit =
        SegmentFit.judge(Samples.draw(1500, 50, p -> Math.min(1, 1.8 * p), true, 3), REST, 10);
    assertThat(fit.verdict()).isEqualTo(SegmentFit.Verdict.OVERRIDE);
    assertThat(fit.overridePoints()).isPositive();
    assertThat(fit.inside().observedOverExpected().low()).isGreaterThan(1);
  }

  @Test
  void judge_asksForItsOwnDerivationWhenTheScoreStopsSorting() {
    SegmentFit fit = SegmentFit.judge(Samples.draw(1500, 50, p -> 0.3, true, 4), REST, 10);
    assertThat(fit.verdict()).isEqualTo(SegmentFit.Verdict.OWN_DERIVATION);
  }

  @Test
  void judge_saysHowManyAccountsAnEmptySegmentNeeds() {
    SegmentFit fit = SegmentFit.judge(Samples.draw(0, 50, p -> p, true, 6), REST, 10);
    assertThat(fit.verdict()).isEqualTo(SegmentFit.Verdict.TOO_FEW);
    assertThat(fit.tierMix()).isEmpty();
    assertThat(fit.needed()).isGreaterThanOrEqualTo(SegmentFit.MIN_ROWS);
  }

  @Test
  void judge_saysHowManyAccountsASmallSegmentNeeds() {
    SegmentFit fit = SegmentFit.judge(Samples.draw(60, 50, p -> p, true, 5), REST, 10);
    assertThat(fit.verdict()).isEqualTo(SegmentFit.Verdict.TOO_FEW);
    assertThat(fit.needed()).isGreaterThanOrEqualTo(SegmentFit.MIN_ROWS);
  }
}
