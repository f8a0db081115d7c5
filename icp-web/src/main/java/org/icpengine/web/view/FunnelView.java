package org.icpengine.web.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Proportions;
import org.icpengine.data.fit.ColumnSynonyms;
import org.icpengine.data.funnel.CohortRow;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelGroup;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.funnel.MissedDeal;
import org.icpengine.data.funnel.StageStep;

/**
 * What the funnel page shows, read from the funnel by tier and channel with the page's filters: the
 * segment (one channel, or all) and the creation periods (from, to) the win rates are counted over.
 *
 * @param report the funnel
 * @param channel the channel the tier figures are restricted to, or empty for all
 * @param from the first creation period counted, or empty
 * @param to the last creation period counted, or empty
 * @param columns the model's columns, shown in reasons as a CRM shows them ({@link
 *     ColumnSynonyms#label}, as the report does)
 */
public record FunnelView(
    FunnelReport report, String channel, String from, String to, List<String> columns) {

  /** Copies the columns, longest first so a name inside a longer one is not replaced. */
  public FunnelView {
    columns =
        columns.stream()
            .distinct()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  /** Returns a text (the score's reasons) with every model column in its display name. */
  public String words(String text) {
    String out = text;
    for (String column : columns) {
      String label = ColumnSynonyms.label(column);
      if (!label.equals(column)) {
        out = out.replace(column, label);
      }
    }
    return out;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TIERS = List.of("A", "B", "C", "D");

  /**
   * One tier's row of the table.
   *
   * @param tier the tier
   * @param opportunities opportunities
   * @param closed won plus lost
   * @param won won
   * @param winRate won ÷ closed with its interval, as text
   * @param cycle median days to close, with its interval, as text
   * @param pipeline open amounts, as text
   * @param bookings won amounts, as text
   */
  public record TierRow(
      String tier,
      long opportunities,
      long closed,
      long won,
      String winRate,
      String cycle,
      String pipeline,
      String bookings) {}

  /** Returns the channels of the funnel, for the segment filter. */
  public List<String> channels() {
    return report.groups(FunnelDimension.CHANNEL).stream()
        .map(g -> g.channel().orElse("unknown"))
        .sorted()
        .toList();
  }

  /** Returns the creation periods of the cohorts, oldest first. */
  public List<String> periods() {
    Set<String> periods = new LinkedHashSet<>();
    report.cohorts().forEach(c -> periods.add(c.period()));
    return List.copyOf(periods);
  }

  /** Returns whether a period filter is set. */
  public boolean periodFiltered() {
    return !from.isEmpty() || !to.isEmpty();
  }

  /** Returns the tier groups, restricted to the channel when one is chosen. */
  public List<FunnelGroup> tierGroups() {
    List<FunnelGroup> groups =
        channel.isEmpty()
            ? report.groups(FunnelDimension.TIER)
            : report.groups(FunnelDimension.TIER, FunnelDimension.CHANNEL).stream()
                .filter(g -> g.channel().orElse("").equals(channel))
                .toList();
    return groups.stream().filter(g -> TIERS.contains(g.tier().orElse(""))).toList();
  }

  /** Returns the table of tiers. */
  public List<TierRow> tierRows() {
    List<TierRow> rows = new ArrayList<>();
    for (FunnelGroup g : tierGroups()) {
      rows.add(
          new TierRow(
              g.tier().orElseThrow(),
              g.opportunities(),
              g.closed(),
              g.won(),
              percent(g.winRate().value(), g.winRate().low(), g.winRate().high()),
              days(g.cycleDaysMedian()),
              money(g.pipeline()),
              money(g.bookings())));
    }
    return rows;
  }

  /** Returns win rates by tier over the chosen periods, from the cohorts (no channel cut there). */
  public List<TierRow> periodRows() {
    List<TierRow> rows = new ArrayList<>();
    for (String tier : TIERS) {
      long opportunities = 0;
      long closed = 0;
      long won = 0;
      double pipeline = 0;
      double bookings = 0;
      for (CohortRow c : report.cohorts()) {
        if (c.tier().equals(tier) && inPeriods(c.period())) {
          opportunities += c.opportunities();
          closed += c.closed();
          won += c.won();
          pipeline += c.pipeline();
          bookings += c.bookings();
        }
      }
      Interval ci = Proportions.wilson(won, closed);
      double rate = closed == 0 ? Double.NaN : won / (double) closed;
      rows.add(
          new TierRow(
              tier,
              opportunities,
              closed,
              won,
              percent(rate, ci.low(), ci.high()),
              "–",
              money(pipeline),
              money(bookings)));
    }
    return rows;
  }

  private boolean inPeriods(String period) {
    return (from.isEmpty() || period.compareTo(from) >= 0)
        && (to.isEmpty() || period.compareTo(to) <= 0);
  }

  /** Returns the missed deals listed by the funnel. */
  public List<MissedDeal> missed() {
    return report.missed();
  }

  /** Returns the cumulative conversion by stage of each group, as the chart's JSON. */
  public String stageBars(List<FunnelGroup> groups, boolean byTier) {
    ObjectNode chart = JSON.createObjectNode();
    ArrayNode stages = chart.putArray("stages");
    report.stageOrder().forEach(stages::add);
    ArrayNode series = chart.putArray("series");
    for (FunnelGroup g : groups) {
      ObjectNode s = series.addObject();
      s.put("name", byTier ? g.tier().orElse("?") : g.channel().orElse("unknown"));
      ArrayNode values = s.putArray("values");
      for (StageStep step : g.stages()) {
        double v = step.cumulative().value();
        values.add(Double.isFinite(v) ? Math.round(v * 1000) / 10.0 : 0);
      }
    }
    return chart.toString();
  }

  /** Returns the channel groups. */
  public List<FunnelGroup> channelGroups() {
    return report.groups(FunnelDimension.CHANNEL);
  }

  /** Returns the win rate of each tier × channel cell, as the heat map's JSON. */
  public String heatMap() {
    List<String> channels = channels();
    ObjectNode chart = JSON.createObjectNode();
    ArrayNode x = chart.putArray("x");
    channels.forEach(x::add);
    ArrayNode y = chart.putArray("y");
    TIERS.forEach(y::add);
    ArrayNode cells = chart.putArray("cells");
    for (FunnelGroup g : report.groups(FunnelDimension.TIER, FunnelDimension.CHANNEL)) {
      int xi = channels.indexOf(g.channel().orElse("unknown"));
      int yi = TIERS.indexOf(g.tier().orElse(""));
      double rate = g.winRate().value();
      if (xi >= 0 && yi >= 0 && Double.isFinite(rate)) {
        cells.addArray().add(xi).add(yi).add(Math.round(rate * 1000) / 10.0).add(g.closed());
      }
    }
    return chart.toString();
  }

  /** Returns the cell of a tier and channel, if any. */
  public Optional<FunnelGroup> cell(String tier, String channelName) {
    return report.groups(FunnelDimension.TIER, FunnelDimension.CHANNEL).stream()
        .filter(g -> g.tier().orElse("").equals(tier))
        .filter(g -> g.channel().orElse("unknown").equals(channelName))
        .findFirst();
  }

  /** Returns a tier × channel cell as "won of closed (win rate)", or "–". */
  public String cellText(String tier, String channelName) {
    return cell(tier, channelName)
        .filter(g -> g.closed() > 0)
        .map(
            g ->
                g.won()
                    + " of "
                    + g.closed()
                    + " ("
                    + percent(g.winRate().value(), Double.NaN, Double.NaN)
                    + ")")
        .orElse("–");
  }

  /** Returns the mean CAC of a group's won accounts with its interval, or "–". */
  public static String cac(FunnelGroup g) {
    return g.economics()
        .filter(e -> Double.isFinite(e.cac().value()))
        .map(
            e ->
                money(e.cac().value())
                    + (Double.isFinite(e.cac().low())
                        ? " [" + money(e.cac().low()) + "–" + money(e.cac().high()) + "]"
                        : ""))
        .orElse("–");
  }

  /** Returns the tiers in order. */
  public List<String> tiers() {
    return TIERS;
  }

  /** Formats a share with its interval: 42.0 % [35.1–49.2]. */
  public static String percent(double value, double low, double high) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    String v = String.format(Locale.ROOT, "%.1f %%", value * 100);
    return Double.isFinite(low)
        ? v + String.format(Locale.ROOT, " [%.1f–%.1f]", low * 100, high * 100)
        : v;
  }

  /** Formats an amount of money: 1,250,000. */
  public static String money(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f", value) : "–";
  }

  private static String days(org.icpengine.core.stats.Figure f) {
    if (!Double.isFinite(f.value())) {
      return "–";
    }
    String v = String.format(Locale.ROOT, "%.0f d", f.value());
    return Double.isFinite(f.low())
        ? v + String.format(Locale.ROOT, " [%.0f–%.0f]", f.low(), f.high())
        : v;
  }
}
