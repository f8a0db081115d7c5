package org.icpengine.data.personas;

import java.util.Locale;

/**
 * A persona the won deals of a tier usually had on their committee, and how many accounts of that
 * tier have no contact of it yet.
 *
 * @param tier the tier letter (A or B)
 * @param persona who is missing: a function (any level) or VP or C-level (any function)
 * @param shareOfWon the share of the tier's won deals whose committee had the persona, a fraction
 * @param wonDeals the tier's won deals
 * @param accountsLacking accounts of the tier without a contact of the persona
 * @param accounts accounts of the tier
 */
public record CommitteeGap(
    String tier,
    Persona persona,
    double shareOfWon,
    long wonDeals,
    long accountsLacking,
    long accounts) {
  /** A persona on at least this share of a tier's won deals is a gap where it is missing. */
  public static final double MIN_SHARE = 0.5;

  /**
   * Returns the gap in words: "no finance contact yet; won tier-A deals had one 78 % of the time".
   */
  public String text() {
    return String.format(
        Locale.ROOT,
        "no %s yet; won tier-%s deals had one %.0f %% of the time",
        persona.contactPhrase(),
        tier,
        100 * shareOfWon);
  }
}
