package org.icpengine.data.funnel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A deal the ICP got wrong: won though placed in tier C or D (a false negative), or lost though
 * placed in tier A.
 *
 * @param kind {@code won_low_tier} or {@code lost_tier_a}
 * @param opportunityId the opportunity's id, or its row number in the linked file without one
 * @param accountKey the account's key
 * @param tier the tier the ICP placed it in
 * @param grade its grade, when the model has one
 * @param stage the stage as written
 * @param amount its amount, NaN when empty
 * @param created its created date
 * @param closed its close date
 * @param channel its channel
 * @param reasons why the ICP placed it there: the score's reasons
 */
public record MissedDeal(
    String kind,
    String opportunityId,
    String accountKey,
    String tier,
    Optional<String> grade,
    String stage,
    double amount,
    Optional<LocalDate> created,
    Optional<LocalDate> closed,
    Optional<String> channel,
    String reasons) {

  /** The kind of a won deal the ICP placed in C or D. */
  public static final String WON_LOW_TIER = "won_low_tier";

  /** The kind of a lost deal the ICP placed in A. */
  public static final String LOST_TIER_A = "lost_tier_a";
}
