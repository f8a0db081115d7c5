package org.icpengine.data.fit;

import java.util.Objects;

/**
 * Where a model column was found in a file (or among an account's keys), and why.
 *
 * @param modelColumn the column of the score model
 * @param fileColumn the file's column (or the account's key) that holds it
 * @param kind how it was found
 * @param reason the evidence in words, e.g. "HubSpot synonym" or "62 % of its values are levels of
 *     the model's Industry"
 */
public record ColumnMatch(String modelColumn, String fileColumn, Kind kind, String reason) {
  /** How a model column was found, strongest evidence first. */
  public enum Kind {
    /** Named by the user (an override: {@code --column}, a confirmed match). */
    GIVEN,
    /** The same name. */
    EXACT,
    /** The same name but for case, spaces and punctuation. */
    NORMALISED,
    /** A name that means the same in CRM exports (Salesforce, HubSpot). */
    SYNONYM,
    /** A column whose values are mostly the model column's levels. */
    VALUES
  }

  /** Checks the parts are present. */
  public ColumnMatch {
    Objects.requireNonNull(modelColumn, "modelColumn");
    Objects.requireNonNull(fileColumn, "fileColumn");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns whether the file column has another name than the model column. */
  public boolean renamed() {
    return !modelColumn.equals(fileColumn);
  }

  /** Returns the match as one line: "matched Tech Stack ← Technologies (HubSpot synonym)". */
  public String describe() {
    return "matched " + modelColumn + " \u2190 " + fileColumn + " (" + reason + ")";
  }
}
