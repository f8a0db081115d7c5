package org.icpengine.model.scoring;

import org.icpengine.core.column.AttributeCategory;

/**
 * Which side of the priority a contribution comes from: the account's fit (who it is) or its
 * engagement (what it does — a behavioural column). The priority's reasons name it, so the two
 * meanings stay apart in one ranking.
 */
public enum Side {
  /** Firmographic, technographic and every other non-behavioural attribute. */
  FIT("fit"),
  /** Behavioural attributes: visits, usage, email and event activity. */
  ENGAGEMENT("engagement");

  private final String word;

  Side(String word) {
    this.word = word;
  }

  /** Returns the side's word in reasons: "fit" or "engagement". */
  public String word() {
    return word;
  }

  /** Returns the side of an attribute, from its category. */
  public static Side of(FitAttribute attribute) {
    return AttributeCategory.BEHAVIOURAL.label().equals(attribute.category()) ? ENGAGEMENT : FIT;
  }

  /** Returns the words of a bin prefixed by its side: {@code "fit: Industry is Fintech"}. */
  static String label(PointsTable.Scored scored, int bin) {
    return of(scored.attribute()).word + ": " + scored.label(bin);
  }

  /** Returns the words of "a multi-valued column unknown", prefixed by its side. */
  static String unknown(PointsTable.Scored scored) {
    return of(scored.attribute()).word + ": " + scored.attribute().column() + " unknown";
  }
}
