package org.icpengine.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingSupportTest {
  private final TrainingSupport.Column employees = TrainingSupport.Column.of("Employees", 5, 900);
  private final TrainingSupport.Column industry =
      TrainingSupport.Column.of("Industry", Set.of("fintech", "saas"));

  @Test
  void outside_numbersBeyondTheRangeOnly() {
    assertThat(employees.outside(5.0)).isFalse();
    assertThat(employees.outside(900.0)).isFalse();
    assertThat(employees.outside(901.0)).isTrue();
    assertThat(employees.outside(4.99)).isTrue();
    assertThat(employees.outside(null)).isFalse();
  }

  @Test
  void outside_keysAndItemsNeverSeen() {
    assertThat(industry.outside("saas")).isFalse();
    assertThat(industry.outside("mining")).isTrue();
    assertThat(industry.outside(new String[] {"saas", "fintech"})).isFalse();
    assertThat(industry.outside(new String[] {"saas", "mining"})).isTrue();
    assertThat(industry.outside(new String[0])).isFalse();
  }

  @Test
  void column_refusesNeitherOrBoth() {
    assertThatThrownBy(() -> new TrainingSupport.Column("X", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("either a range or the values seen");
    assertThatThrownBy(() -> TrainingSupport.Column.of("X", 3, 2)).hasMessageContaining("is empty");
  }

  @Test
  void of_findsAColumnBySupportName() {
    TrainingSupport support =
        new TrainingSupport(10, TrainingSupport.Base.ACCOUNTS, List.of(employees, industry));
    assertThat(support.of("Industry")).contains(industry);
    assertThat(support.of("Country")).isEmpty();
  }
}
