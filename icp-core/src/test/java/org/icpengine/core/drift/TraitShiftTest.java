package org.icpengine.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraitShiftTest {
  private static final String FINTECH = "Industry is Fintech";

  private static Map<String, TraitCounts> one(TraitCounts counts) {
    return Map.of(counts.condition(), counts);
  }

  @Test
  void compare_weakensATraitWhoseRiskRatioFell() {
    // before: 50 of 100 inside ideal, 150 of 900 outside: RR 3, lift 3 / (0.1·3 + 0.9) = 2.5
    // now: 25 of 100 inside, 175 of 900 outside: RR 1.2857, lift 1.25
    // log RRs 1.0986 and 0.2513, Katz variances 0.015556 and 0.034603: z = −3.783, p = 0.000155
    TraitCounts before = new TraitCounts(FINTECH, 100, 50, 1000, 200, true);
    TraitCounts now = new TraitCounts(FINTECH, 100, 25, 1000, 200, true);
    TraitShift shift = TraitShift.compare(one(before), one(now)).get(0);
    assertThat(shift.change()).isEqualTo(TraitShift.Change.WEAKENED);
    assertThat(shift.reference().value()).isCloseTo(2.5, within(1e-9));
    assertThat(shift.current().value()).isCloseTo(1.25, within(1e-9));
    assertThat(shift.pValue()).isCloseTo(0.000155, within(2e-6));
  }

  @Test
  void compare_holdsATraitThatDidNotMove() {
    TraitCounts before = new TraitCounts(FINTECH, 100, 50, 1000, 200, true);
    TraitCounts now = new TraitCounts(FINTECH, 200, 100, 2000, 400, true);
    TraitShift shift = TraitShift.compare(one(before), one(now)).get(0);
    assertThat(shift.change()).isEqualTo(TraitShift.Change.HELD);
    assertThat(shift.pValue()).isCloseTo(1, within(1e-9));
  }

  @Test
  void compare_vanishesATraitWhoseLiftIsNowOne() {
    TraitCounts before = new TraitCounts(FINTECH, 100, 50, 1000, 200, true);
    TraitCounts now = new TraitCounts(FINTECH, 100, 20, 1000, 200, false);
    assertThat(TraitShift.compare(one(before), one(now)).get(0).change())
        .isEqualTo(TraitShift.Change.VANISHED);
  }

  @Test
  void compare_appearsANewTraitAndListsChangesFirst() {
    TraitCounts held = new TraitCounts("Seats ≥ 50", 300, 120, 1000, 200, true);
    Map<String, TraitCounts> before =
        Map.of(
            FINTECH, new TraitCounts(FINTECH, 100, 20, 1000, 200, false), held.condition(), held);
    Map<String, TraitCounts> now =
        Map.of(
            FINTECH,
            new TraitCounts(FINTECH, 100, 60, 1000, 200, true),
            held.condition(),
            new TraitCounts(held.condition(), 300, 118, 1000, 200, true));
    List<TraitShift> shifts = TraitShift.compare(before, now);
    assertThat(shifts)
        .extracting(TraitShift::change)
        .containsExactly(TraitShift.Change.APPEARED, TraitShift.Change.HELD);
  }
}
