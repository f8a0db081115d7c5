package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {
  @ParameterizedTest
  @CsvSource({
    "1, 1-10",
    "10, 1-10",
    "11, 11-50",
    "200, 51-200",
    "201, 201-500",
    "1000, 501-1000",
    "2000, 1001-5000",
    "10000, 5001-10000",
    "10001, '10,001+'"
  })
  void band_containsTheTrueCount(int employees, String band) {
    assertThat(Figures.band(employees)).isEqualTo(band);
  }

  @Test
  void grouped_putsCommaEveryThreeDigits() {
    assertThat(Figures.grouped(7)).isEqualTo("7");
    assertThat(Figures.grouped(1200)).isEqualTo("1,200");
    assertThat(Figures.grouped(12_500_000)).isEqualTo("12,500,000");
    assertThat(Figures.grouped(-123_456)).isEqualTo("-123,456");
  }

  @Test
  void money_writesDollarsAndTwoDigitCents() {
    assertThat(Figures.money(12_345.674)).isEqualTo("$12,345.67");
    assertThat(Figures.money(1_000.05)).isEqualTo("$1,000.05");
    assertThat(Figures.money(999.999)).isEqualTo("$1,000.00");
    assertThat(Figures.dollars(4_500)).isEqualTo("$4,500");
  }

  @Test
  void scaled_usesOneOptionalDecimalAndUnit() {
    assertThat(Figures.scaled(12_500_000)).isEqualTo("12.5M");
    assertThat(Figures.scaled(3_000_000)).isEqualTo("3M");
    assertThat(Figures.scaled(1_140_000_000)).isEqualTo("1.1B");
    assertThat(Figures.scaled(850_000)).isEqualTo("850K");
  }

  @Test
  void dates_padMonthAndDay() {
    long day = LocalDate.of(2019, 3, 7).toEpochDay();

    assertThat(Figures.usDate(day)).isEqualTo("03/07/2019");
    assertThat(Figures.isoDate(day)).isEqualTo("2019-03-07");
  }
}
