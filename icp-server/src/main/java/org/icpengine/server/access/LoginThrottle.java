package org.icpengine.server.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.Sql;
import org.icpengine.server.store.StoreException;

/**
 * Slows password guessing with an exponential back-off per e-mail address <em>and</em> client: the
 * first {@link #FREE} attempts go through at once, then each waits twice as long after the one
 * before, from {@link #FIRST_WAIT} up to {@link #LONGEST_WAIT}. Attempts from one client never slow
 * another client, so nobody can lock a person out, and a person who knows the password gets in once
 * the current wait has passed. Kept in the app database, so a restart forgets nothing; attempts
 * older than {@link #FORGET} are dropped.
 *
 * <p>Every attempt is counted <em>before</em> the password is checked ({@link #attempt}), so
 * parallel guesses are counted too; a successful sign-in clears the count ({@link #succeeded}).
 */
public final class LoginThrottle {
  /** Attempts allowed without waiting. */
  public static final int FREE = 3;

  /** The wait after the first attempt past {@link #FREE}. */
  public static final Duration FIRST_WAIT = Duration.ofSeconds(1);

  /** The longest wait between two attempts. */
  public static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  /** How long attempts are remembered after the last one. */
  public static final Duration FORGET = Duration.ofHours(24);

  private final Database database;
  private final Clock clock;

  /** Creates a throttle over the app database, reading the clock. */
  public LoginThrottle(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** How many attempts were counted, and when the last one was. */
  private record Attempts(int count, Instant last) {}

  /**
   * Counts an attempt to sign in as the address from the client, if it may be made now. Returns how
   * long to wait when it may not (and then counts nothing).
   */
  public Optional<Duration> attempt(String email, String client) {
    String key = key(email, client);
    try {
      return count(key);
    } catch (StoreException e) {
      // two first attempts at once both inserted: the one that lost now finds the row
      return count(key);
    }
  }

  private Optional<Duration> count(String key) {
    Instant now = clock.instant();
    return database.inTransaction(
        db -> {
          Sql.update(db, "DELETE FROM login_attempts WHERE last_attempt < ?", now.minus(FORGET));
          Optional<Attempts> before =
              Sql.one(
                  db,
                  "SELECT attempts, last_attempt FROM login_attempts WHERE attempt_key = ? FOR"
                      + " UPDATE",
                  r -> new Attempts(r.getInt(1), Sql.instant(r, "last_attempt")),
                  key);
          if (before.isPresent()) {
            Instant allowed = before.get().last().plus(wait(before.get().count()));
            if (now.isBefore(allowed)) {
              return Optional.of(Duration.between(now, allowed));
            }
            Sql.update(
                db,
                "UPDATE login_attempts SET attempts = attempts + 1, last_attempt = ? WHERE"
                    + " attempt_key = ?",
                now,
                key);
          } else {
            Sql.update(
                db,
                "INSERT INTO login_attempts (attempt_key, attempts, last_attempt) VALUES (?, 1, ?)",
                key,
                now);
          }
          return Optional.empty();
        });
  }

  /** Forgets the attempts of the address from the client after it signed in. */
  public void succeeded(String email, String client) {
    database.inTransaction(
        db ->
            Sql.update(db, "DELETE FROM login_attempts WHERE attempt_key = ?", key(email, client)));
  }

  /** Returns how long the next attempt must wait after {@code attempts} counted ones. */
  static Duration wait(int attempts) {
    if (attempts < FREE) {
      return Duration.ZERO;
    }
    int doublings = Math.min(attempts - FREE, 30);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static String key(String email, String client) {
    String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    return Secrets.digest(address + "\n" + (client == null ? "" : client));
  }
}
