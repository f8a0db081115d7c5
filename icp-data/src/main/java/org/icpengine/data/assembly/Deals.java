package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceRole;

/**
 * Deals per account from the linked opportunities: won, lost and open counts, win rate, revenue
 * won, first won date, median sales cycle, average deal size. Won and lost deals count when they
 * closed in the outcome window (or carry no close date); open deals when created by its end.
 */
final class Deals {
  static final String RELATION = "asm_deals";
  private static final String SOURCE = "opportunities";

  private Deals() {}

  static Part build(Engine engine, LinkedTable opportunities, Optional<AsOfWindow> window) {
    boolean closeDated = opportunities.has(SourceRole.CLOSE_DATE) && window.isPresent();
    boolean created = opportunities.has(SourceRole.CREATED_DATE);
    boolean amount = opportunities.has(SourceRole.AMOUNT);
    String inWindow =
        closeDated
            ? "(close_date IS NULL OR " + window.get().outcomeSide("close_date") + ")"
            : "TRUE";
    String wonIn = "stage_outcome = 'won' AND " + inWindow;
    Selection selection = new Selection(SOURCE);
    selection.add(
        "count(*) FILTER (WHERE " + wonIn + ")",
        "deals_won",
        "won opportunities closed in the outcome window (or without a close date)");
    selection.add(
        "count(*) FILTER (WHERE stage_outcome = 'lost' AND " + inWindow + ")",
        "deals_lost",
        "lost opportunities closed in the outcome window (or without a close date)");
    String openCreated =
        created && window.isPresent()
            ? " AND (created_date IS NULL OR " + window.get().toDate("created_date") + ")"
            : "";
    selection.add(
        "count(*) FILTER (WHERE stage_outcome = 'open'" + openCreated + ")",
        "deals_open",
        "opportunities still open, created by the end of the window");
    selection.add(
        "count(*) FILTER (WHERE "
            + wonIn
            + ") / nullif(count(*) FILTER (WHERE stage_outcome IN"
            + " ('won', 'lost') AND "
            + inWindow
            + "), 0)",
        "win_rate",
        "deals_won ÷ (deals_won + deals_lost); open deals excluded; empty without"
            + " closed deals");
    if (amount) {
      selection.add(
          "sum(amount) FILTER (WHERE " + wonIn + ")",
          "revenue_won",
          "sum of the amounts of the deals counted in deals_won");
      String upTo =
          closeDated
              ? " AND (close_date IS NULL OR " + window.get().toDate("close_date") + ")"
              : "";
      selection.internal(
          "sum(amount) FILTER (WHERE stage_outcome = 'won'" + upTo + ")", "_won_to_date");
      selection.add(
          "avg(amount) FILTER (WHERE " + wonIn + " AND amount IS NOT NULL)",
          "deal_size_avg",
          "mean amount of the deals counted in deals_won");
    }
    if (opportunities.has(SourceRole.CLOSE_DATE)) {
      String toDate = window.map(w -> " AND " + w.toDate("close_date")).orElse("");
      selection.add(
          "min(close_date) FILTER (WHERE stage_outcome = 'won'" + toDate + ")",
          "first_won_date",
          "the earliest close date of a won deal, up to the window's end");
    }
    if (created && opportunities.has(SourceRole.CLOSE_DATE)) {
      selection.add(
          "median(close_date - created_date) FILTER (WHERE "
              + wonIn
              + " AND close_date >= created_date)",
          "sales_cycle_days_median",
          "median of close date − created date in days over the deals counted in deals_won"
              + " (halfway between the middle two when even)");
    }
    if (opportunities.has(SourceRole.CHANNEL)) {
      boolean closed = opportunities.has(SourceRole.CLOSE_DATE);
      String order =
          created && closed
              ? "coalesce(created_date, close_date)"
              : created ? "created_date" : closed ? "close_date" : "NULL";
      selection.internal(
          "arg_min(channel, {'d': " + order + ", 'c': channel})", "_first_deal_channel");
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + selection.sql()
            + " FROM "
            + opportunities.relation()
            + " WHERE "
            + LinkedTable.ACCOUNT_KEY
            + " IS NOT NULL GROUP BY "
            + LinkedTable.ACCOUNT_KEY);
    return new Part(
        RELATION,
        selection.columns(),
        Set.of("deals_won", "deals_lost", "deals_open"),
        notes(engine, opportunities, closeDated));
  }

  private static List<String> notes(Engine engine, LinkedTable opportunities, boolean closeDated) {
    List<String> notes = new ArrayList<>();
    if (closeDated) {
      long undated =
          engine.queryOne(
              "SELECT count(*) FROM "
                  + opportunities.relation()
                  + " WHERE stage_outcome IN ('won', 'lost') AND close_date IS NULL",
              r -> r.getLong(1));
      if (undated > 0) {
        notes.add(
            undated
                + " won or lost opportunities have no close date: counted as in the"
                + " window");
      }
    } else {
      notes.add("opportunities: no close dates, so every won and lost deal counts");
    }
    return notes;
  }
}
