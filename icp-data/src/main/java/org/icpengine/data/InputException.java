package org.icpengine.data;

/**
 * Input the user must fix: a missing or unreadable file, a malformed export, an unknown column, an
 * invalid expression. The message is one line that says what is wrong and what to do.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a one-line, actionable message. */
  public InputException(String message) {
    super(message);
  }

  /** Creates an exception with a one-line, actionable message and the underlying cause. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
