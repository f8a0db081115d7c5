package org.icpengine.server.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #LIMIT} failed sign-ins for one address, or from one
 * client, within {@link #WINDOW}, further attempts are refused until the oldest failure leaves the
 * window. Kept in memory: a restart forgets it, which costs an attacker a restart they cannot
 * cause.
 */
public final class LoginThrottle {
  /** Failures allowed in the window. */
  public static final int LIMIT = 5;

  /** How long a failure counts. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  /** Creates a throttle reading the clock. */
  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Returns how long the caller must wait before trying again, if at all. */
  public Optional<Duration> wait(String email, String client) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : keys(email, client)) {
      Deque<Instant> times = failures.get(key);
      if (times == null) {
        continue;
      }
      synchronized (times) {
        prune(times, now);
        if (times.size() >= LIMIT) {
          Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
          longest = left.compareTo(longest) > 0 ? left : longest;
        }
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /** Counts a failed sign-in. */
  public void failed(String email, String client) {
    Instant now = clock.instant();
    for (String key : keys(email, client)) {
      Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        prune(times, now);
        times.addLast(now);
      }
    }
  }

  /** Forgets the address's failures after a successful sign-in. */
  public void succeeded(String email) {
    failures.remove("email:" + email.trim().toLowerCase(java.util.Locale.ROOT));
  }

  private static String[] keys(String email, String client) {
    return new String[] {
      "email:" + email.trim().toLowerCase(java.util.Locale.ROOT), "client:" + client
    };
  }

  private static void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) {
      times.removeFirst();
    }
  }
}
