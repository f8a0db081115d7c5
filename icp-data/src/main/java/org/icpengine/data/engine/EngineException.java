package org.icpengine.data.engine;

import java.sql.SQLException;

/** A statement the embedded engine refused or failed; the message is the engine's first line. */
public final class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String detail;

  EngineException(String sql, SQLException cause) {
    super(firstLine(cause.getMessage()) + " [in: " + abbreviate(sql) + "]", cause);
    this.detail = cause.getMessage() == null ? "" : cause.getMessage();
  }

  /** Returns the engine's whole message, which may span several lines. */
  public String detail() {
    return detail;
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
