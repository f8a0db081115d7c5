package org.icpengine.sample.linked;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.icpengine.sample.Draws;
import org.icpengine.sample.Figures;

/**
 * Counts new customers won per paid channel and month while the stories are written, then writes
 * the monthly marketing spend that bought them: per channel and month, its cost per acquisition
 * times a blend of that month's wins (70 %) and the channel's average month (30 %), with ±15 %
 * noise. Organic search and referrals cost nothing and have no rows.
 */
final class SpendLedger {
  static final List<String> HEADER = List.of("Month", "Channel", "Spend", "Currency");

  /** The cost of one new customer by paid channel, in US dollars. */
  static final Map<String, Double> CAC =
      Map.of(
          "Paid Search", 9_000.0,
          "Paid Social", 7_000.0,
          "Events", 15_000.0,
          "Email", 3_000.0,
          "Partner", 6_000.0);

  static final YearMonth FIRST_MONTH = YearMonth.from(LocalDate.ofEpochDay(Deals.FIRST_CREATED));
  static final YearMonth LAST_MONTH = Deals.EXPORT_MONTH.minusMonths(1);

  private final int months = (int) FIRST_MONTH.until(LAST_MONTH, ChronoUnit.MONTHS) + 1;
  private final Map<String, int[]> wins = new HashMap<>();

  SpendLedger() {
    CAC.keySet().forEach(channel -> wins.put(channel, new int[months]));
  }

  /** Counts a story's first won new-business deal under its lead source and closing month. */
  void count(Story story) {
    for (Story.Opportunity deal : story.opportunities()) {
      if (deal.type() == Story.DealType.NEW && deal.won()) {
        int[] channel = wins.get(deal.leadSource());
        int month =
            (int)
                FIRST_MONTH.until(
                    YearMonth.from(LocalDate.ofEpochDay(deal.closed())), ChronoUnit.MONTHS);
        if (channel != null && month >= 0 && month < months) {
          channel[month]++;
        }
        return;
      }
    }
  }

  /** Returns the spend rows, month by month, channels in {@link Deals#CHANNELS} order. */
  List<List<String>> rows(SplittableRandom rnd) {
    List<List<String>> rows = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      for (String channel : Deals.CHANNELS) {
        int[] counts = wins.get(channel);
        if (counts != null) {
          rows.add(row(FIRST_MONTH.plusMonths(m), channel, counts, m, rnd));
        }
      }
    }
    return rows;
  }

  private List<String> row(
      YearMonth month, String channel, int[] counts, int m, SplittableRandom rnd) {
    double average = Arrays.stream(counts).sum() / (double) months;
    double spend = CAC.get(channel) * (0.7 * counts[m] + 0.3 * average);
    spend *= StrictMath.exp(0.15 * Draws.gaussian(rnd));
    return List.of(
        Figures.isoDate(month.atDay(1).toEpochDay()), channel, Formats.cents(spend), "USD");
  }
}
