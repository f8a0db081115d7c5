package org.icpengine.server.dataset;

import java.time.Instant;
import java.util.Optional;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.enrichment.ReviewPair;
import org.icpengine.server.ServerException;

/**
 * An editor's decision on a review pair of a workspace, keyed as {@code match-decisions.yaml} keys
 * it: the enrichment source's name, the row's name and domain as written, the account's key.
 *
 * @param source the enrichment source's name in {@code sources.yaml}
 * @param rowName the row's company name as written; empty when none
 * @param rowDomain the row's domain as written; empty when none
 * @param accountKey the account's key
 * @param verdict accept, reject or skip
 * @param decidedBy who; null while only asked for
 * @param decidedAt when; null while only asked for
 */
public record MatchDecision(
    String source,
    String rowName,
    String rowDomain,
    String accountKey,
    Verdict verdict,
    String decidedBy,
    Instant decidedAt) {

  /**
   * Returns the decision a caller asks for, not yet made by anyone: the pair's key as the review
   * list gives it and the verdict's word.
   *
   * @throws ServerException 400 without a source or account, or for a word other than accept,
   *     reject or skip
   */
  public static MatchDecision asked(
      String source, String rowName, String rowDomain, String accountKey, String verdict) {
    if (source == null || source.isBlank() || accountKey == null || accountKey.isBlank()) {
      throw ServerException.badRequest(
          "say which pair: give source, row_name, row_domain and account_key as the review list"
              + " gives them");
    }
    try {
      return new MatchDecision(
          source,
          rowName == null ? "" : rowName,
          rowDomain == null ? "" : rowDomain,
          accountKey,
          Verdict.parse(verdict),
          null,
          null);
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
  }

  /** Returns whether this decision is about the pair. */
  public boolean about(ReviewPair pair) {
    return pair.source().equals(source)
        && pair.rowName().equals(rowName)
        && pair.rowDomain().equals(rowDomain)
        && pair.accountKey().equals(accountKey);
  }

  /** Returns the decision as the assemble reads it; none for a skip. */
  public Optional<ReviewDecisions.Entry> entry() {
    return verdict
        .decision()
        .map(d -> new ReviewDecisions.Entry(source, rowName, rowDomain, accountKey, d));
  }
}
