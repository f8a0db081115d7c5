package org.icpengine.data.clean;

/**
 * What cleaning did to one value. The code is stored per value in the engine, so that counts and
 * examples come from one pass.
 */
public enum ChangeKind {
  /** The cell was empty in the file. */
  EMPTY(0, "empty"),
  /** The value was already clean. */
  UNCHANGED(1, "unchanged"),
  /** A placeholder such as "N/A", "-" or "Select" was read as missing. */
  PLACEHOLDER(2, "placeholders read as missing"),
  /** The value was parsed or rewritten into its canonical form. */
  REFORMATTED(3, "rewritten to canonical form"),
  /** A range such as "51-200" was read as its midpoint. */
  RANGE(4, "ranges read as their midpoint"),
  /** An open band such as "10,001+" was read as its lower bound. */
  OPEN_BAND(5, "open bands (N+) read as their lower bound"),
  /** The value could not be read as the column's type and was set to missing. */
  UNREADABLE(6, "unreadable, set to missing"),
  /** Only surrounding spaces were removed. */
  TRIMMED(7, "surrounding spaces trimmed"),
  /** The value was not recognised (e.g. not a known country) and kept as written. */
  UNRECOGNISED(8, "not recognised, kept as written"),
  /** A pipeline stage that is neither won nor lost: an open deal, left out of the outcome. */
  OPEN(9, "open (neither won nor lost), left out of win rates and training");

  private final int code;
  private final String label;

  ChangeKind(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Returns the code stored in the engine. */
  public int code() {
    return code;
  }

  /** Returns the change with the given engine code. */
  static ChangeKind of(int code) {
    for (ChangeKind kind : values()) {
      if (kind.code == code) {
        return kind;
      }
    }
    throw new IllegalStateException("no change code " + code);
  }

  /** Returns a readable description, used in reports after a count. */
  public String label() {
    return label;
  }

  /** Returns whether this change is a problem with the row that a report should list. */
  public boolean isProblem() {
    return this == UNREADABLE || this == UNRECOGNISED;
  }

  /** Returns whether this change altered a value the file had. */
  public boolean isChange() {
    return this != EMPTY && this != UNCHANGED;
  }
}
