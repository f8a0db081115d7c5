package org.icpengine.server.access;

/**
 * A password change refused, with the form field the reason belongs next to: {@code current} (the
 * current password is wrong), {@code password} (the new one is too short or the same) or {@code
 * repeat} (the two new ones differ).
 */
public final class PasswordRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The field the reason belongs next to. */
  private final String field;

  /** A refusal next to the field. */
  public PasswordRefusal(String field, String message) {
    super(message);
    this.field = field;
  }

  /** Returns the field the reason belongs next to. */
  public String field() {
    return field;
  }
}
