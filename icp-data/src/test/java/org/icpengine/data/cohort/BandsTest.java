package org.icpengine.data.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTest {

  @ParameterizedTest
  @CsvSource({
    "950, 950",
    "10.5, 10.5",
    "12500, 12.5k",
    "3000000, 3M",
    "1250000000, 1.25B",
    "-20000, -20k"
  })
  void compact_writesNumbersBriefly(double value, String expected) {
    assertThat(Bands.compact(value)).isEqualTo(expected);
  }

  @Test
  void forHeader_choosesBusinessBandsFromTheHeader() {
    assertThat(Bands.forHeader("NumberOfEmployees")).hasValue(Bands.EMPLOYEES);
    assertThat(Bands.forHeader("Company Size")).hasValue(Bands.EMPLOYEES);
    assertThat(Bands.forHeader("AnnualRevenue")).hasValue(Bands.REVENUE);
    assertThat(Bands.forHeader("LTV")).isEmpty();
  }

  @Test
  void quantiles_labelsTheOpenEndsAndTheRangesBetweenCuts() {
    Bands bands = Bands.quantiles(List.of(10.0, 20_000.0, 3e6));

    assertThat(bands.labels()).containsExactly("≤ 10", "10–20k", "20k–3M", "> 3M");
  }

  @Test
  void employeeBandsHaveOneMoreLabelThanBounds() {
    assertThat(Bands.EMPLOYEES.labels()).hasSize(Bands.EMPLOYEES.upperBounds().size() + 1);
    assertThat(Bands.REVENUE.labels()).hasSize(Bands.REVENUE.upperBounds().size() + 1);
  }
}
