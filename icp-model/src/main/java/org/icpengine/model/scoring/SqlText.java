package org.icpengine.model.scoring;

/**
 * Quoting for the SQL text the model compiles to ({@link FitAttribute#codeSql()}, the coverage
 * rules): plain string building, no engine. icp-data's {@code Engine.quote} and {@code
 * Engine.literal} are these.
 */
public final class SqlText {
  private SqlText() {}

  /** Quotes an identifier for SQL. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * Quotes a string literal for SQL. A NUL character, which the engine's parser reads as the end of
   * the statement, becomes {@code chr(0)} concatenated in.
   */
  public static String literal(String value) {
    String quoted = "'" + value.replace("'", "''") + "'";
    return value.indexOf(0) < 0 ? quoted : "(" + quoted.replace("\0", "' || chr(0) || '") + ")";
  }
}
