package org.icpengine.data.engine;

import java.sql.SQLException;

/** A statement the embedded engine refused or failed; the message is the engine's first line. */
public final class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String detail;
  private final boolean interrupted;

  EngineException(String sql, SQLException cause) {
    super(headline(cause.getMessage()) + " [in: " + abbreviate(sql) + "]", cause);
    this.detail = cause.getMessage() == null ? "" : cause.getMessage();
    this.interrupted = isInterruption(cause.getMessage());
  }

  /** Returns the engine's whole message, which may span several lines. */
  public String detail() {
    return detail;
  }

  /** Returns whether the statement ended because {@link Engine#interrupt()} was called. */
  public boolean interrupted() {
    return interrupted;
  }

  private static String headline(String message) {
    return isInterruption(message)
        ? "the engine's query was interrupted (stopped by a time limit or a cancel)"
        : firstLine(message);
  }

  private static boolean isInterruption(String message) {
    return message != null && message.startsWith("INTERRUPT Error");
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown engine error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static String abbreviate(String sql) {
    String oneLine = sql.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
  }
}
