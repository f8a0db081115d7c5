package org.icpengine.data.matching;

import java.util.Locale;

/** How sure a link is, most sure first. */
public enum MatchBand {
  /** The same registrable domain, or the same name with nothing against it: linked. */
  CERTAIN,
  /** Names close enough, with no close rival and no conflicting country: linked. */
  LIKELY,
  /** Close, but not close enough, or tied with another account: a person decides. */
  REVIEW,
  /** Nothing close: not linked. */
  NO_MATCH;

  /** Returns whether rows in this band are linked without a person's decision. */
  public boolean linked() {
    return this == CERTAIN || this == LIKELY;
  }

  /** Returns the band's word in reports: certain, likely, review, no match. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
