package org.icpengine.data.matching;

/**
 * How well a row's name matches one account's: the soft TF-IDF cosine of their word weights, where
 * a word one typo away counts {@link Typos#SIMILARITY}, before locations are considered.
 *
 * @param account the account's position
 * @param score the cosine in [0, 1], times any penalty for a conflicting country or domain
 * @param matched how many of the row's words found a word in the account's name
 * @param typos how many of those were one typo away
 * @param missing the row's heaviest word the account's name lacks; null when all matched
 * @param missingShare that word's share of the row's weight, in [0, 1]
 */
record NameScore(
    int account, double score, int matched, int typos, String missing, double missingShare) {

  /** Returns a copy with the score multiplied by a penalty factor. */
  NameScore times(double factor) {
    return new NameScore(account, score * factor, matched, typos, missing, missingShare);
  }
}
