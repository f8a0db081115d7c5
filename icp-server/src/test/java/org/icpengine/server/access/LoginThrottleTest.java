package org.icpengine.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoginThrottleTest {
  private static final String ANA = "ana@acme.test";
  private static final String HOME = "203.0.113.7";
  private static final String ATTACKER = "198.51.100.9";

  @TempDir Path dir;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));

  private Database open(Backend backend) {
    Database database = Database.open(DatabaseSettings.from(backend.environment(), dir));
    Migrations.migrate(database);
    return database;
  }

  @Test
  void wait_doublesAfterTheFreeAttemptsUpToTheLongest() {
    assertThat(LoginThrottle.wait(LoginThrottle.FREE - 1)).isZero();
    assertThat(LoginThrottle.wait(LoginThrottle.FREE)).isEqualTo(LoginThrottle.FIRST_WAIT);
    assertThat(LoginThrottle.wait(LoginThrottle.FREE + 1))
        .isEqualTo(LoginThrottle.FIRST_WAIT.multipliedBy(2));
    assertThat(LoginThrottle.wait(LoginThrottle.FREE + 2))
        .isEqualTo(LoginThrottle.FIRST_WAIT.multipliedBy(4));
    assertThat(LoginThrottle.wait(10_000)).isEqualTo(LoginThrottle.LONGEST_WAIT);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void attempt_backsOffExponentiallyThenLetsTheNextAttemptThrough(Backend backend) {
    try (Database database = open(backend)) {
      LoginThrottle throttle = new LoginThrottle(database, clock);
      for (int i = 0; i < LoginThrottle.FREE; i++) {
        assertThat(throttle.attempt(ANA, ATTACKER)).isEmpty();
      }
      Duration expected = LoginThrottle.FIRST_WAIT;
      for (int round = 0; round < 8; round++) {
        Optional<Duration> wait = throttle.attempt(ANA, ATTACKER);
        assertThat(wait).hasValue(expected);
        clock.advance(expected.minusMillis(1));
        assertThat(throttle.attempt(ANA, ATTACKER)).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.attempt(ANA, ATTACKER)).as("round %d", round).isEmpty();
        expected = expected.multipliedBy(2);
        expected =
            expected.compareTo(LoginThrottle.LONGEST_WAIT) > 0
                ? LoginThrottle.LONGEST_WAIT
                : expected;
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void attempt_fromAnotherClientIsNeverSlowedByAnAttacker(Backend backend) {
    try (Database database = open(backend)) {
      LoginThrottle throttle = new LoginThrottle(database, clock);
      for (int i = 0; i < 50; i++) {
        throttle.attempt(ANA, ATTACKER);
        clock.advance(LoginThrottle.LONGEST_WAIT);
      }
      assertThat(throttle.attempt(ANA, ATTACKER)).isEmpty();
      assertThat(throttle.attempt(ANA, ATTACKER)).hasValue(LoginThrottle.LONGEST_WAIT);
      assertThat(throttle.attempt(ANA, HOME)).isEmpty();
      assertThat(throttle.attempt("Ana@Acme.test ", ATTACKER)).as("same address").isPresent();
      assertThat(throttle.attempt("bob@acme.test", ATTACKER)).as("other address").isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void attempts_surviveARestartAndAreForgottenAfterSuccessOrADay(Backend backend) {
    try (Database database = open(backend)) {
      LoginThrottle before = new LoginThrottle(database, clock);
      for (int i = 0; i <= LoginThrottle.FREE; i++) {
        before.attempt(ANA, ATTACKER);
      }
      LoginThrottle restarted = new LoginThrottle(database, clock);
      assertThat(restarted.attempt(ANA, ATTACKER)).isPresent();
      clock.advance(LoginThrottle.FORGET.plusSeconds(1));
      assertThat(restarted.attempt(ANA, ATTACKER)).isEmpty();
      for (int i = 0; i <= LoginThrottle.FREE; i++) {
        restarted.attempt(ANA, HOME);
      }
      restarted.succeeded(ANA, HOME);
      assertThat(restarted.attempt(ANA, HOME)).isEmpty();
    }
  }
}
