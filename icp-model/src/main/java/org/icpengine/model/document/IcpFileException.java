package org.icpengine.model.document;

/**
 * An icp.json that cannot be read: missing, not JSON, not an ICP, from a newer version, or with a
 * part that does not hold together. The message is one line that says what is wrong and what to do
 * (callers at a boundary show it as it is: the CLI exits 2, the server answers 422).
 */
public final class IcpFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a one-line, actionable message. */
  public IcpFileException(String message) {
    super(message);
  }

  /** Creates an exception with a one-line, actionable message and the underlying cause. */
  public IcpFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
