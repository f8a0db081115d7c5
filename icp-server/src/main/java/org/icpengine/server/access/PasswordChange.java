package org.icpengine.server.access;

/**
 * A password change as typed: the current password, the new one and the new one again.
 *
 * @param current the password the user signs in with now
 * @param next the new password
 * @param repeat the new password typed again
 */
public record PasswordChange(String current, String next, String repeat) {
  /** Treats a missing field as empty. */
  public PasswordChange {
    current = current == null ? "" : current;
    next = next == null ? "" : next;
    repeat = repeat == null ? "" : repeat;
  }

  /**
   * Checks the change against the stored hash of the current password.
   *
   * @throws PasswordRefusal naming the field that is wrong and what to do
   */
  void check(String currentHash) {
    if (!Passwords.matches(current, currentHash)) {
      throw new PasswordRefusal(
          "current",
          "this is not your current password: type the one you signed in with (an initial"
              + " password from an invitation counts)");
    }
    try {
      Passwords.checkNew(next);
    } catch (IllegalArgumentException e) {
      throw new PasswordRefusal("password", e.getMessage() + ": choose a longer one");
    }
    if (next.equals(current)) {
      throw new PasswordRefusal(
          "password", "the new password is the current one: choose a different one");
    }
    if (!next.equals(repeat)) {
      throw new PasswordRefusal(
          "repeat", "the two new passwords differ: type the new password again, the same");
    }
  }
}
