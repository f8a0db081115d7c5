package org.icpengine.server.testing;

import java.time.Instant;

/** A clock the test moves by hand: the test kit's, under the name the server's tests know. */
public final class MovableClock extends org.icpengine.testkit.MovableClock {
  /** Starts at the instant. */
  public MovableClock(Instant start) {
    super(start);
  }
}
