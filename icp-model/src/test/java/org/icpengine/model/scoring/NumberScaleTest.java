package org.icpengine.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpengine.core.column.ValueType;
import org.junit.jupiter.api.Test;

class NumberScaleTest {
  private static List<String> labels(String column, NumberScale scale, Double... bounds) {
    return new FitAttribute(
            column,
            FitAttribute.Kind.NUMBER,
            "firmographic",
            ValueType.NUMBER,
            List.of(bounds),
            List.of(),
            scale)
        .labels();
  }

  @Test
  void labels_readAsBusinessRangesUnderTheColumnsDisplayName() {
    assertThat(labels("NumberOfEmployees", NumberScale.EMPLOYEES, 50.0, 200.0, 1_000.0))
        .containsExactly(
            "employees unknown",
            "employees 1–50",
            "employees 51–200",
            "employees 201–1,000",
            "employees 1,001+");
    assertThat(labels("AnnualRevenue", NumberScale.MONEY, 1e6, 5e7, 1e8))
        .containsExactly(
            "revenue unknown",
            "revenue up to $1M",
            "revenue $1M–50M",
            "revenue $50M–100M",
            "revenue over $100M");
    assertThat(labels("tenure", NumberScale.WHOLE, 10.0, 20.0))
        .containsExactly("tenure unknown", "tenure up to 10", "tenure 11–20", "tenure 21+");
    assertThat(labels("Rate", NumberScale.DECIMAL, 0.35, 0.4))
        .containsExactly("Rate unknown", "Rate up to 0.35", "Rate 0.35–0.4", "Rate over 0.4");
  }

  @Test
  void forHeader_findsEmployeesAndRevenue() {
    assertThat(NumberScale.forHeader("Number of Employees")).contains(NumberScale.EMPLOYEES);
    assertThat(NumberScale.forHeader("AnnualRevenue")).contains(NumberScale.MONEY);
    assertThat(NumberScale.forHeader("MonthlyCharges")).isEmpty();
    assertThat(NumberScale.displayName("Industry")).isEqualTo("Industry");
  }
}
