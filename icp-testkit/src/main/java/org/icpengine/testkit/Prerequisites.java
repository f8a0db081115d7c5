package org.icpengine.testkit;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (a browser, {@code ../shared}): without it the test is
 * skipped, saying what is missing, except under {@code CI=true}, where it fails, so that CI cannot
 * be green by skipping.
 */
public final class Prerequisites {
  private Prerequisites() {}

  /**
   * Skips the calling test, or fails it under {@code CI=true}, when a prerequisite is absent.
   *
   * @param present whether the prerequisite is there
   * @param missing what is missing and how to get it, in words
   */
  public static void require(boolean present, String missing) {
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true, and the test cannot run: " + missing);
    }
    Assumptions.assumeTrue(present, missing);
  }
}
