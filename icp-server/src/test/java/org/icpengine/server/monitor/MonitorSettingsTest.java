package org.icpengine.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonitorSettingsTest {
  @Test
  void new_refusesIntervalsOutsideOneToTwentyFourMonths() {
    assertThatThrownBy(() -> new MonitorSettings(0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 24");
    assertThatThrownBy(() -> new MonitorSettings(25, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new MonitorSettings(24, false).everyMonths()).isEqualTo(24);
  }

  @Test
  void defaults_areSixMonthsAndOnDrift() {
    assertThat(MonitorSettings.DEFAULTS).isEqualTo(new MonitorSettings(6, true));
  }
}
