package org.icpengine.core.column;

import java.util.Locale;

/** What an outcome column measures. */
public enum OutcomeKind {
  /** Customer lifetime value, in money. */
  LTV,
  /** Revenue from the customer (ARR, MRR, total spend), used for LTV when no LTV exists. */
  REVENUE,
  /** Net revenue retention, in percent (100 means flat). */
  NRR,
  /** Customer acquisition cost, in money: lower is better. */
  CAC,
  /** Whether the customer churned. */
  CHURNED,
  /** Whether the deal or lead was won or converted. */
  WON,
  /** The value of a deal or opportunity, in money. */
  DEAL_VALUE,
  /** A date in the customer's life: signup, close, renewal, churn. */
  DATE,
  /** Any other outcome the user named in a mapping or the ideal expression. */
  OTHER;

  /** Returns the lower-case name used in mapping files and JSON output. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an outcome kind from its key, ignoring case, spaces and hyphens.
   *
   * @throws IllegalArgumentException when the text names no outcome kind
   */
  public static OutcomeKind parse(String text) {
    return Keys.parse(OutcomeKind.class, text, "outcome");
  }
}
