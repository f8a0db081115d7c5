package org.icpengine.web.page;

/**
 * Where to send a browser after signing in: only a path on this site. Anything else — another site
 * ({@code //evil.test}, {@code /\evil.test}, {@code https://…}), a control character a browser
 * would drop ({@code /\t/evil.test} becomes {@code //evil.test}), a backslash — sends it to the
 * start page instead, so the sign-in page cannot be used to forward people elsewhere.
 */
final class NextPage {
  /** Where a refused or missing address sends the browser. */
  static final String START = "/";

  private static final int LONGEST = 2000;

  private NextPage() {}

  /** Returns the address if it is a path on this site, else the start page. */
  static String orStart(String next) {
    return isLocalPath(next) ? next : START;
  }

  /**
   * Returns whether the address is a path on this site: a {@code /} not followed by another {@code
   * /} or a backslash, with no backslash, space or control character anywhere.
   */
  static boolean isLocalPath(String next) {
    if (next == null || next.isEmpty() || next.length() > LONGEST || next.charAt(0) != '/') {
      return false;
    }
    if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
      return false;
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c <= ' ' || c == '\\' || (c >= 0x7f && c <= 0x9f) || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
