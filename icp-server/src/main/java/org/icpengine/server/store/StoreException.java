package org.icpengine.server.store;

/**
 * The app database cannot be used as it is: unreachable, refused, or with a newer schema. Its
 * message is one line that says what to do.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public StoreException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
