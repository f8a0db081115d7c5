package org.icpengine.data.enrichment;

import java.util.Locale;

/**
 * What one enrichment column did to the account table.
 *
 * @param column the account table's column (the CRM's when the names match, ignoring case)
 * @param added whether the column is new to the account table
 * @param accounts accounts whose value now comes from the enrichment file
 * @param conflicts accounts where the CRM and the file both have a value and they differ
 * @param total accounts in the table
 */
public record AttributeCoverage(
    String column, boolean added, long accounts, long conflicts, long total) {

  /** Returns the share of accounts whose value comes from the file, in [0, 1]. */
  public double coverage() {
    return total == 0 ? 0 : (double) accounts / total;
  }

  /** Returns the line of the report, e.g. "tech_stack (new): 1,700 accounts (85.0 %)". */
  public String describe(String keptWord) {
    String line =
        String.format(
            Locale.ROOT,
            "%s (%s): %,d accounts (%.1f %%)",
            column,
            added ? "new" : "filled where the CRM is empty",
            accounts,
            100 * coverage());
    return conflicts == 0
        ? line
        : line
            + String.format(Locale.ROOT, ", %,d conflicts with the CRM (%s)", conflicts, keptWord);
  }
}
