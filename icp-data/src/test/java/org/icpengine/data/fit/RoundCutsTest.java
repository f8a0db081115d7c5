package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpengine.model.scoring.NumberScale;
import org.junit.jupiter.api.Test;

class RoundCutsTest {
  @Test
  void of_cutsEmployeesAtTheSalesBands() {
    assertThat(RoundCuts.of(NumberScale.EMPLOYEES, 1, 20_000, 3, 9_000))
        .containsExactly(10.0, 50.0, 200.0, 500.0, 1_000.0, 5_000.0);
    assertThat(RoundCuts.of(NumberScale.EMPLOYEES, 1, 300, 2, 250))
        .containsExactly(10.0, 50.0, 200.0);
  }

  @Test
  void of_cutsRevenueInMillionStepsThenTensThenHundreds() {
    List<Double> cuts = RoundCuts.of(NumberScale.MONEY, 200_000, 2e9, 5e5, 1e9);
    assertThat(cuts).contains(5e5, 1e6, 3e6, 9e6, 1e7, 7e7, 1e8, 4e8, 1e9);
    assertThat(cuts).doesNotContain(1.5e6, 2.5e7, 1.2e8);
    assertThat(cuts).allMatch(c -> c >= 200_000 && c < 2e9);
  }

  @Test
  void of_cutsOtherNumbersAt125ElseFinerRoundValuesForANarrowRange() {
    assertThat(RoundCuts.of(NumberScale.WHOLE, 0, 72, 1, 70))
        .containsExactly(0.0, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0);
    List<Double> narrow = RoundCuts.of(NumberScale.DECIMAL, 0.3, 0.46, 0.31, 0.45);
    assertThat(narrow.stream().filter(c -> c >= 0.31 && c <= 0.45).count())
        .isGreaterThanOrEqualTo(RoundCuts.ENOUGH);
    assertThat(narrow).contains(0.35, 0.4);
  }
}
