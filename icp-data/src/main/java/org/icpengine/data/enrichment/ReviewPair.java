package org.icpengine.data.enrichment;

import org.icpengine.data.matching.MatchBand;

/**
 * A row of an enrichment file and the account it may be about, as a person reviews it, and the key
 * its decision is remembered by: the source, the row's name and domain as written and the account's
 * key (so a decision survives rows moving in the file).
 *
 * @param source the enrichment source's name in {@code sources.yaml}
 * @param line the row's line in the file (the header is line 1)
 * @param rowName the row's company name as written; empty when none
 * @param rowDomain the row's domain or e-mail as written; empty when none
 * @param accountKey the account's key
 * @param accountName the account's name as written
 * @param score the match score in [0, 1]
 * @param reason why they may match, in words
 * @param rowCountry the row's country as matching reads it (canonical name); empty when none
 * @param accountDomain the account's domain as written; empty when none
 * @param accountCountry the account's country as matching reads it; empty when none
 * @param band the pair's band as matching found it
 */
public record ReviewPair(
    String source,
    long line,
    String rowName,
    String rowDomain,
    String accountKey,
    String accountName,
    double score,
    String reason,
    String rowCountry,
    String accountDomain,
    String accountCountry,
    MatchBand band) {

  /** Returns a review-band pair known by names and the row's domain only. */
  public ReviewPair(
      String source,
      long line,
      String rowName,
      String rowDomain,
      String accountKey,
      String accountName,
      double score,
      String reason) {
    this(
        source,
        line,
        rowName,
        rowDomain,
        accountKey,
        accountName,
        score,
        reason,
        "",
        "",
        "",
        MatchBand.REVIEW);
  }

  /** Returns whether a decision is about this pair. */
  public boolean decidedBy(ReviewDecisions.Entry entry) {
    return entry.source().equals(source)
        && entry.rowName().equals(rowName)
        && entry.rowDomain().equals(rowDomain)
        && entry.accountKey().equals(accountKey);
  }
}
