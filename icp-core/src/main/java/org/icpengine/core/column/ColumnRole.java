package org.icpengine.core.column;

import java.util.Locale;

/** The part a column plays in ICP work. Only {@link #ATTRIBUTE} columns can become traits. */
public enum ColumnRole {
  /** A record key such as an account or opportunity id: never a trait. */
  IDENTIFIER,
  /** The company's name: used for joining and display, never a trait. */
  COMPANY_NAME,
  /** The company's web domain: used for joining and enrichment, never a trait. */
  DOMAIN,
  /** A trait candidate: firmographic, technographic, psychographic, job-to-be-done, behavioural. */
  ATTRIBUTE,
  /** A result of the customer relationship (LTV, NRR, CAC, churn, won): never a trait. */
  OUTCOME,
  /**
   * A process column: who worked the account or deal (owner, sales rep, CSM, manager, team,
   * office), not what the account is; never a trait nor in the fit score.
   */
  PROCESS,
  /** A column the user asked us to leave out. */
  IGNORED;

  /** Returns the lower-case name used in mapping files and JSON output. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a role from its key, ignoring case, spaces and hyphens.
   *
   * @throws IllegalArgumentException when the text names no role
   */
  public static ColumnRole parse(String text) {
    return Keys.parse(ColumnRole.class, text, "role");
  }
}
