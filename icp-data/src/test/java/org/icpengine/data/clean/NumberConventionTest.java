package org.icpengine.data.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberConventionTest {
  private static Map<String, Long> values(String... texts) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (String text : texts) {
      values.merge(text, 1L, Long::sum);
    }
    return values;
  }

  @Test
  void decide_readsADecimalCommaFromEuropeanValues() {
    NumberConvention convention = NumberConvention.decide(values("12,5", "1.234,56 €", "0,75"));

    assertThat(convention.decimalComma()).isTrue();
    assertThat(convention.parse("1.234,56 €")).isEqualTo(1234.56);
    assertThat(convention.parse("12,5")).isEqualTo(12.5);
    assertThat(convention.parse("1.234")).isEqualTo(1234.0);
  }

  @Test
  void decide_keepsTheDecimalPointWhenAThousandsCommaIsAmbiguousAlone() {
    assertThat(NumberConvention.decide(values("1,234", "5,600", "12,000")).isStandard()).isTrue();
    assertThat(NumberConvention.decide(values("1,234.5", "1,234", "12.25")).decimalComma())
        .isFalse();
  }

  @Test
  void decide_readsAnAmbiguousValueByTheColumnsOtherValues() {
    NumberConvention convention = NumberConvention.decide(values("1,234", "12,5", "3,75"));

    assertThat(convention.decimalComma()).isTrue();
    assertThat(convention.parse("1,234")).isEqualTo(1.234);
  }

  @Test
  void decide_readsNegativesInParenthesesAsAccountingExportsWriteThem() {
    NumberConvention convention = NumberConvention.decide(values("(1,200)", "3,400", "(50.5)"));

    assertThat(convention.parenthesesNegative()).isTrue();
    assertThat(convention.decimalComma()).isFalse();
    assertThat(convention.parse("(1,200)")).isEqualTo(-1200.0);
    assertThat(convention.parse("(50.5)")).isEqualTo(-50.5);
    assertThat(convention.describe())
        .hasValueSatisfying(d -> assertThat(d).contains("parentheses"));
  }

  @Test
  void describe_saysNothingOfTheStandardConvention() {
    assertThat(NumberConvention.STANDARD.describe()).isEmpty();
    assertThat(new NumberConvention(true, false).describe())
        .hasValueSatisfying(d -> assertThat(d).contains("decimal comma"));
  }
}
