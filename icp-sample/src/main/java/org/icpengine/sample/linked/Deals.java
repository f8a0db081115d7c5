package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.gaussian;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.icpengine.sample.Draws;
import org.icpengine.sample.PlantedIcp;

/**
 * The sales side of an account's story: its new-business attempts, how large and how long they are,
 * and whether they are won. Planted fits win more often, after shorter cycles, for larger contracts
 * ({@link PlantedIcp}).
 */
final class Deals {
  /** The day the export was taken. */
  static final long EXPORT_DAY = LocalDate.of(2026, 1, 15).toEpochDay();

  /** The month of the export; a subscription running on its first day has no end date. */
  static final YearMonth EXPORT_MONTH = YearMonth.of(2026, 1);

  static final long FIRST_CREATED = LocalDate.of(2022, 10, 1).toEpochDay();
  static final long LAST_CREATED = LocalDate.of(2026, 1, 10).toEpochDay();

  /** The channels that bring leads, their weights, and the open stages in order. */
  static final List<String> CHANNELS =
      List.of(
          "Paid Search", "Paid Social", "Events", "Email", "Organic Search", "Referral", "Partner");

  static final double[] CHANNEL_WEIGHTS = {22, 14, 12, 14, 20, 10, 8};
  static final List<String> OPEN_STAGES =
      List.of("Prospecting", "Qualification", "Proposal", "Negotiation");

  private Deals() {}

  /** Returns the chance that a new-business opportunity with the company is won. */
  static double winRate(Company company) {
    if (company.fit()) {
      return PlantedIcp.WIN_RATE_FIT;
    }
    return company.account().disqualified() ? 0.08 : 0.2 + 0.04 * company.account().traits();
  }

  /** Draws the first contract's MRR in whole dollars (multiples of 5), growing with head count. */
  static long firstMrr(Company company, SplittableRandom rnd) {
    double mrr = 120 * StrictMath.pow(company.account().employees() / 50.0, 0.45);
    mrr *= StrictMath.exp(0.35 * gaussian(rnd));
    mrr *= company.fit() ? PlantedIcp.DEAL_SIZE_MULTIPLIER_FIT : 1.0;
    mrr *= company.account().disqualified() ? 0.7 : 1.0;
    return Math.max(50, 5 * Math.round(Math.min(40_000, mrr) / 5));
  }

  /** Draws a sales cycle in days: median about 60, half for fits, longer when lost. */
  static long cycleDays(Company company, boolean won, SplittableRandom rnd) {
    double days = 60 * StrictMath.exp(0.45 * gaussian(rnd));
    days *= company.fit() ? PlantedIcp.SALES_CYCLE_MULTIPLIER_FIT : 1.0;
    days *= won ? 1.0 : 1.3;
    return Math.max(7, Math.round(days));
  }

  /** Returns the open stage of a deal that is {@code elapsed} of its cycle through, 0 to 1. */
  static String openStage(double elapsed) {
    int stage = (int) Math.floor(Math.max(0, Math.min(0.999, elapsed)) * OPEN_STAGES.size());
    return OPEN_STAGES.get(stage);
  }

  /** Draws the channel of a lead. */
  static String channel(SplittableRandom rnd) {
    return Draws.weighted(rnd, CHANNELS, CHANNEL_WEIGHTS);
  }

  /** Returns whether a new-business attempt follows a lost one (about a third do). */
  static boolean retries(SplittableRandom rnd) {
    return chance(rnd, 0.35);
  }
}
