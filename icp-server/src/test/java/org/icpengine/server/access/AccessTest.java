package org.icpengine.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in: the back-off lets the right password in, and timing does not tell who exists. */
class AccessTest {
  private static final String ANA = "ana@acme.test";
  private static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private Database database;
  private Access access;

  @BeforeEach
  void open() {
    database = Database.open(DatabaseSettings.from(Backend.H2.environment(), dir));
    Migrations.migrate(database);
    database.inTransaction(db -> UserStore.put(db, ANA, Passwords.hash(PASSWORD), clock.instant()));
    access = new Access(database, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void signIn_acceptsTheRightPasswordOnceTheCurrentWaitHasPassed() {
    for (int i = 0; i < 12; i++) {
      try {
        access.signIn(ANA, "guess " + i, "198.51.100.9");
      } catch (ServerException e) {
        // wrong or throttled: either way the guess did not sign in
      }
      clock.advance(Duration.ofMillis(500));
    }
    assertThatThrownBy(() -> access.signIn(ANA, PASSWORD, "198.51.100.9"))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("try again in")
        .extracting(e -> ((ServerException) e).kind())
        .isEqualTo(ServerException.Kind.TOO_MANY);
    assertThat(access.signIn(ANA, PASSWORD, "203.0.113.7").caller().actor()).isEqualTo(ANA);
    clock.advance(LoginThrottle.LONGEST_WAIT);
    assertThat(access.signIn(ANA, PASSWORD, "198.51.100.9").caller().actor()).isEqualTo(ANA);
  }

  @Test
  void signIn_takesAsLongForAnAddressNobodyHas() {
    // warm up both paths (class loading, the stand-in hash) before measuring
    time("nobody@acme.test", 0);
    time(ANA, 0);
    long[] known = new long[7];
    long[] unknown = new long[7];
    for (int i = 0; i < known.length; i++) {
      known[i] = time(ANA, i + 1);
      unknown[i] = time("nobody" + i + "@acme.test", i + 1);
    }
    long knownMedian = median(known);
    long unknownMedian = median(unknown);
    // before the stand-in hash, an unknown address answered about 9 times faster
    assertThat((double) unknownMedian / knownMedian)
        .as("unknown %d µs, known %d µs", unknownMedian / 1000, knownMedian / 1000)
        .isBetween(0.5, 2.0);
  }

  private long time(String email, int client) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> access.signIn(email, "wrong password", "192.0.2." + client))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("wrong e-mail address or password");
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
