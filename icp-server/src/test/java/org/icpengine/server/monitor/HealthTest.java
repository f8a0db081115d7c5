package org.icpengine.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionState;
import org.junit.jupiter.api.Test;

class HealthTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Version PUBLISHED =
      new Version(7, 1, 1, VersionState.PUBLISHED, 2, "derived", 3L, "", null, T0, "a", T0, "a");

  @Test
  void alarmSinceLastReview_isTheNewestAlarmNoReevaluationAnswered() {
    Health health = health(List.of(alarm(11, 5), alarm(10, 4)), List.of());
    assertThat(health.alarmSinceLastReview()).map(DriftRecord::id).hasValue(11L);
  }

  @Test
  void alarmSinceLastReview_isEmptyOnceAReevaluationStartedBecauseOfItOrAfterIt() {
    assertThat(
            health(List.of(alarm(11, 5)), List.of(reevaluation(11L, 5, "in_review")))
                .alarmSinceLastReview())
        .isEmpty();
    assertThat(
            health(List.of(alarm(11, 5)), List.of(reevaluation(null, 6, "in_review")))
                .alarmSinceLastReview())
        .isEmpty();
  }

  @Test
  void alarmSinceLastReview_waitsWhileAReevaluationDerives() {
    Health health = health(List.of(alarm(12, 9)), List.of(reevaluation(11L, 5, "deriving")));
    assertThat(health.deriving()).isTrue();
    assertThat(health.alarmSinceLastReview()).isEmpty();
  }

  @Test
  void alarmSinceLastReview_ignoresAlarmsOnAnotherVersion() {
    DriftRecord old = new DriftRecord(13, 1, 6, 2, 4, T0.plusSeconds(60), true, null, "{}");
    assertThat(health(List.of(old), List.of()).alarmSinceLastReview()).isEmpty();
  }

  private static Health health(List<DriftRecord> alarms, List<Reevaluation> reevaluations) {
    return new Health(
        MonitorSettings.DEFAULTS,
        Optional.of(PUBLISHED),
        T0,
        T0.plusSeconds(3600),
        false,
        alarms,
        Optional.empty(),
        reevaluations);
  }

  private static DriftRecord alarm(long id, long minute) {
    return new DriftRecord(id, 1, 7, 3, id, T0.plusSeconds(60 * minute), true, null, "{}");
  }

  private static Reevaluation reevaluation(Long checkId, long minute, String state) {
    return new Reevaluation(
        1, 1, 7, "drift", checkId, 9, state, null, "{}", T0.plusSeconds(60 * minute), null);
  }
}
