package org.icpengine.data.funnel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.model.document.FigureJson;

/**
 * The funnel's JSON, a contract scripts and the web app rely on (every key in docs/funnel.md):
 * every estimate is {@code {"value", "ci_low", "ci_high", "p_value"}}; money in the files'
 * currency; rates as fractions; absent values null.
 */
public final class FunnelJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FunnelJson() {}

  /** Returns the report as JSON. */
  public static ObjectNode of(FunnelReport report) {
    ObjectNode root = FigureJson.object();
    ArrayNode by = root.putArray("by");
    report.by().forEach(d -> by.add(d.word()));
    ArrayNode stages = root.putArray("stage_order");
    report.stageOrder().forEach(stages::add);
    root.put("opportunities", report.opportunities());
    ObjectNode tiers = root.putObject("tiers");
    report.tiers().forEach(tiers::put);
    ArrayNode groups = root.putArray("groups");
    report.groups().forEach(g -> groups.add(group(g)));
    root.set("top_tiers", topTiers(report.topTiers()));
    ArrayNode missed = root.putArray("missed");
    report.missed().forEach(m -> missed.add(missed(m)));
    ObjectNode totals = root.putObject("missed_totals");
    totals.put(
        MissedDeal.WON_LOW_TIER, report.missedTotals().getOrDefault(MissedDeal.WON_LOW_TIER, 0L));
    totals.put(
        MissedDeal.LOST_TIER_A, report.missedTotals().getOrDefault(MissedDeal.LOST_TIER_A, 0L));
    root.put("cohort_period", report.cohortPeriod().word());
    ArrayNode cohorts = root.putArray("cohorts");
    report.cohorts().forEach(c -> cohorts.add(cohort(c)));
    if (report.forecast().isPresent()) {
      root.set("forecast", forecast(report.forecast().get()));
    } else {
      root.putNull("forecast");
    }
    text(root, "segment", report.segment());
    root.put("open_total", report.openTotal());
    ArrayNode open = root.putArray("open_deals");
    report.openDeals().forEach(d -> open.add(TeamJson.openDeal(d)));
    ArrayNode outcomes = root.putArray("tier_outcomes");
    report.outcomes().values().forEach(o -> outcomes.add(TeamJson.outcome(o)));
    ArrayNode product = root.putArray("product");
    report.product().forEach(c -> product.add(TeamJson.product(c)));
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    return root;
  }

  /**
   * Writes the report's JSON to {@code target}, whole or not at all.
   *
   * @throws InputException when the file cannot be written
   */
  public static void write(FunnelReport report, Path target) {
    write(of(report), target);
  }

  /**
   * Writes a funnel JSON (perhaps with parts added, as {@code icp funnel --abm} adds its list) to
   * {@code target}, whole or not at all.
   *
   * @throws InputException when the file cannot be written
   */
  public static void write(ObjectNode json, Path target) {
    try {
      AtomicFiles.write(target, JSON.writeValueAsBytes(json));
    } catch (IOException e) {
      throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Returns the report's JSON as indented text. */
  public static String text(FunnelReport report) {
    return text(of(report));
  }

  /** Returns a funnel JSON as indented text. */
  public static String text(ObjectNode json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new IllegalStateException("the funnel's JSON cannot be written", e);
    }
  }

  private static ObjectNode group(FunnelGroup g) {
    ObjectNode node = FigureJson.object();
    text(node, "tier", g.tier());
    text(node, "grade", g.grade());
    text(node, "channel", g.channel());
    node.put("opportunities", g.opportunities());
    node.put("open", g.open());
    node.put("closed", g.closed());
    node.put("won", g.won());
    node.put("lost", g.lost());
    node.set("win_rate", FigureJson.figure(g.winRate()));
    ArrayNode stages = node.putArray("stages");
    for (StageStep step : g.stages()) {
      ObjectNode s = stages.addObject();
      s.put("stage", step.stage());
      s.put("reached", step.reached());
      s.put("reached_in_order", step.reachedInOrder());
      s.set("conversion", FigureJson.figure(step.conversion()));
      s.set("conversion_in_order", FigureJson.figure(step.conversionInOrder()));
      s.set("cumulative", FigureJson.figure(step.cumulative()));
    }
    node.set("cycle_days_median", FigureJson.figure(g.cycleDaysMedian()));
    node.set("deal_size_mean", FigureJson.figure(g.dealSizeMean()));
    node.set("deal_size_median", FigureJson.figure(g.dealSizeMedian()));
    FigureJson.number(node, "pipeline", g.pipeline());
    FigureJson.number(node, "bookings", g.bookings());
    if (g.economics().isPresent()) {
      TierEconomics e = g.economics().get();
      node.put("won_accounts", e.wonAccounts());
      node.put("won_accounts_with_cac", e.withCac());
      node.set("cac", FigureJson.figure(e.cac()));
      node.set("ltv_cac", FigureJson.figure(e.ltvToCac()));
      node.set("payback_months", FigureJson.figure(e.paybackMonths()));
    } else {
      node.putNull("cac");
      node.putNull("ltv_cac");
      node.putNull("payback_months");
    }
    return node;
  }

  private static ObjectNode topTiers(TopTierShare t) {
    ObjectNode node = FigureJson.object();
    ArrayNode tiers = node.putArray("tiers");
    t.tiers().forEach(tiers::add);
    node.set("share_of_opportunities", FigureJson.figure(t.opportunities()));
    node.set("share_of_pipeline", FigureJson.figure(t.pipeline()));
    node.set("share_of_bookings", FigureJson.figure(t.bookings()));
    node.set("share_of_won_deals", FigureJson.figure(t.wonDeals()));
    return node;
  }

  private static ObjectNode missed(MissedDeal m) {
    ObjectNode node = FigureJson.object();
    node.put("kind", m.kind());
    node.put("opportunity_id", m.opportunityId());
    node.put("account_key", m.accountKey());
    node.put("tier", m.tier());
    text(node, "grade", m.grade());
    node.put("stage", m.stage());
    FigureJson.number(node, "amount", m.amount());
    text(node, "created_date", m.created().map(Object::toString));
    text(node, "close_date", m.closed().map(Object::toString));
    text(node, "channel", m.channel());
    node.put("reasons", m.reasons());
    return node;
  }

  private static ObjectNode cohort(CohortRow c) {
    ObjectNode node = FigureJson.object();
    node.put("period", c.period());
    node.put("tier", c.tier());
    node.put("opportunities", c.opportunities());
    node.set("share", FigureJson.figure(c.share()));
    node.put("closed", c.closed());
    node.put("won", c.won());
    node.set("win_rate", FigureJson.figure(c.winRate()));
    FigureJson.number(node, "pipeline", c.pipeline());
    FigureJson.number(node, "bookings", c.bookings());
    return node;
  }

  private static ObjectNode forecast(Forecast f) {
    ObjectNode node = FigureJson.object();
    node.put("as_of", f.asOf().toString());
    ArrayNode tiers = node.putArray("tiers");
    for (TierForecast t : f.tiers()) {
      ObjectNode n = tiers.addObject();
      n.put("tier", t.tier());
      n.put("open_deals", t.openDeals());
      FigureJson.number(n, "open_amount", t.openAmount());
      n.set("win_rate", FigureJson.figure(t.winRate()));
      n.set("bookings", FigureJson.figure(t.bookings()));
      n.set("revenue_12m", FigureJson.figure(t.revenue12m()));
    }
    node.set("bookings", FigureJson.figure(f.bookings()));
    node.set("revenue_12m", FigureJson.figure(f.revenue12m()));
    if (f.scenario().isPresent()) {
      Scenario s = f.scenario().get();
      ObjectNode n = node.putObject("scenario");
      n.put("shift_percent", s.shiftPercent());
      n.put("new_deals", s.newDeals());
      FigureJson.number(n, "moved_deals", s.movedDeals());
      FigureJson.number(n, "baseline_bookings", s.baselineBookings());
      n.set("projected_bookings", FigureJson.figure(s.projectedBookings()));
      n.set("baseline_nrr", FigureJson.figure(s.baselineNrr()));
      n.set("projected_nrr", FigureJson.figure(s.projectedNrr()));
      n.set("baseline_cac", FigureJson.figure(s.baselineCac()));
      n.set("projected_cac", FigureJson.figure(s.projectedCac()));
      n.put("assumption", s.assumption());
    } else {
      node.putNull("scenario");
    }
    ArrayNode assumptions = node.putArray("assumptions");
    f.assumptions().forEach(assumptions::add);
    return node;
  }

  static void text(ObjectNode node, String key, Optional<String> value) {
    if (value.isPresent()) {
      node.put(key, value.get());
    } else {
      node.putNull(key);
    }
  }
}
