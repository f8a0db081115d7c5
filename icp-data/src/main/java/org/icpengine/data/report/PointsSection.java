package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.icpengine.core.score.Scorecard;
import org.icpengine.core.score.Tiers;
import org.icpengine.data.fit.ColumnSynonyms;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/** The report's section "The points": the points table, tiers and disqualifiers, in words. */
final class PointsSection {
  /** The points table shows at most this many attributes, the widest point ranges first. */
  static final int ATTRIBUTES_SHOWN = 12;

  /** An attribute with more non-zero bins than this shows only the highest and lowest ones. */
  private static final int BINS_SHOWN = 14;

  /** The bins worth 0 are named up to this many. */
  private static final int ZERO_BINS_SHOWN = 6;

  private PointsSection() {}

  /** Appends "The points". */
  static void points(StringBuilder html, ScoreModel model) {
    PointsTable table = model.fit();
    Tiers tiers = model.tiers();
    html.append("<section><h2>The points</h2><p>")
        .append(
            String.format(
                Locale.ROOT,
                "score = %d + the points of each attribute; %d is an average account. About every"
                    + " %.0f points double the odds of being ideal, and the score is capped to"
                    + " 0–100."
                    + " Each scored account's reasons list its largest points.",
                Scorecard.BASE,
                Scorecard.BASE,
                table.pointsToDoubleTheOdds()))
        .append("</p><div class=\"kpis\">")
        .append(ReportHtml.kpi("A ≥ " + tiers.a(), "tier A: the best accounts"))
        .append(ReportHtml.kpi("B ≥ " + tiers.b(), "tier B"))
        .append(ReportHtml.kpi("C ≥ " + tiers.c(), "tier C"))
        .append(ReportHtml.kpi("D < " + tiers.c(), "tier D, or any disqualified account"))
        .append("</div>");
    List<PointsTable.Scored> ordered = byRange(table.attributes());
    int shown = Math.min(ATTRIBUTES_SHOWN, ordered.size());
    html.append(
        "<table class=\"points\"><thead><tr><th>Attribute</th><th>Range</th>"
            + "<th>Points by value</th></tr></thead><tbody>");
    for (PointsTable.Scored scored : ordered.subList(0, shown)) {
      FitAttribute attribute = scored.attribute();
      html.append("<tr><td><b>")
          .append(text(ColumnSynonyms.label(attribute.name())))
          .append("</b><br><span class=\"small\">")
          .append(text(attribute.category()))
          .append("</span></td><td class=\"nowrap\">")
          .append(spread(scored.points()))
          .append("</td><td>");
      bins(html, scored);
      html.append("</td></tr>");
    }
    html.append("</tbody></table>");
    if (ordered.size() > shown) {
      html.append("<p class=\"small\">")
          .append(
              String.format(
                  Locale.ROOT,
                  "%d more %s, each spanning at most %d %s, %s in icp.json.",
                  ordered.size() - shown,
                  ordered.size() - shown == 1 ? "attribute" : "attributes",
                  range(ordered.get(shown).points()),
                  range(ordered.get(shown).points()) == 1 ? "point" : "points",
                  ordered.size() - shown == 1 ? "is" : "are"))
          .append("</p>");
    }
    unknowns(html, model);
    interactions(html, table);
    disqualifiers(html, model.disqualifiers());
    model
        .engagement()
        .ifPresent(
            e ->
                html.append("<p>The separate engagement score adds points the same way, from ")
                    .append(
                        text(
                            String.join(
                                ", ",
                                e.attributes().stream()
                                    .map(s -> s.attribute().name())
                                    .distinct()
                                    .toList())))
                    .append("; its table is in icp.json.</p>"));
    html.append("</section>");
  }

  /** Orders attributes by their point range, widest first, keeping model order among equals. */
  static List<PointsTable.Scored> byRange(List<PointsTable.Scored> attributes) {
    return attributes.stream()
        .sorted(Comparator.comparingInt((PointsTable.Scored s) -> range(s.points())).reversed())
        .toList();
  }

  private static int range(List<Integer> points) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int p : points) {
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    return points.isEmpty() ? 0 : max - min;
  }

  private static String spread(List<Integer> points) {
    int min = points.stream().mapToInt(Integer::intValue).min().orElse(0);
    int max = points.stream().mapToInt(Integer::intValue).max().orElse(0);
    return signed(min) + " to " + signed(max);
  }

  /**
   * One attribute's bins: those with points, in range order for a number and highest first
   * otherwise, then those worth 0 folded into one line. An attribute with many bins shows its
   * highest and lowest ones, highest first, and how many lie between.
   */
  private static void bins(StringBuilder html, PointsTable.Scored scored) {
    FitAttribute attribute = scored.attribute();
    List<Integer> points = scored.points();
    List<Integer> order = new ArrayList<>();
    for (int b = 1; b < attribute.bins(); b++) {
      order.add(b);
    }
    order.add(0);
    List<Integer> nonZero =
        new ArrayList<>(order.stream().filter(b -> points.get(b) != 0).toList());
    List<Integer> zero = order.stream().filter(b -> points.get(b) == 0).toList();
    boolean elided = nonZero.size() > BINS_SHOWN;
    if (!attribute.ordered() || elided) {
      nonZero.sort(Comparator.comparingInt((Integer b) -> points.get(b)).reversed());
    }
    int half = BINS_SHOWN / 2;
    for (int i = 0; i < nonZero.size(); i++) {
      if (elided && i == half) {
        List<Integer> middle = nonZero.subList(half, nonZero.size() - half);
        html.append("<span class=\"bin more\">… ")
            .append(middle.size())
            .append(" more, ")
            .append(signed(points.get(middle.get(middle.size() - 1))))
            .append(" to ")
            .append(signed(points.get(middle.get(0))))
            .append(" …</span> ");
        i = nonZero.size() - half - 1;
        continue;
      }
      int b = nonZero.get(i);
      html.append("<span class=\"bin\">")
          .append(text(words(scored, b)))
          .append(" <b class=\"")
          .append(points.get(b) > 0 ? "pos" : "neg")
          .append("\">")
          .append(signed(points.get(b)))
          .append("</b></span> ");
    }
    if (!zero.isEmpty()) {
      List<String> words = zero.stream().map(b -> words(scored, b)).toList();
      String folded =
          words.size() <= ZERO_BINS_SHOWN
              ? String.join(", ", words)
              : String.join(", ", words.subList(0, ZERO_BINS_SHOWN))
                  + " and "
                  + (words.size() - ZERO_BINS_SHOWN)
                  + " more";
      html.append("<span class=\"small\">0 for ").append(text(folded)).append("</span>");
    }
  }

  /** A bin's label without the column's name, which the row already shows. */
  private static String words(PointsTable.Scored scored, int bin) {
    String label = scored.label(bin);
    String prefix = scored.attribute().displayName() + " ";
    return label.startsWith(prefix) ? label.substring(prefix.length()) : label;
  }

  /** Says what an unknown value is worth, and lists the confirmed "not given" signals. */
  private static void unknowns(StringBuilder html, ScoreModel model) {
    html.append(
        String.format(
            Locale.ROOT,
            "<p>Unknown is not evidence: a value not given is worth 0 points, and a column"
                + " the scored file lacks is worth 0 on every row. An account whose known"
                + " values carry less than %.0f %% of the model's weight (its coverage,"
                + " icp_coverage) gets no score or tier: its status is"
                + " insufficient_data.</p>",
            model.minCoverage() * 100));
    List<PointsTable.Scored> signals =
        model.fit().attributes().stream().filter(s -> s.missingSignal().isPresent()).toList();
    if (signals.isEmpty()) {
      html.append("<p>No column's absence was confirmed as a signal on the held-out rows.</p>");
      return;
    }
    html.append("<p>Where not giving a value was itself confirmed as a signal on the held-out")
        .append(" rows (a score test, Bonferroni-corrected over the columns tested):</p><ul>");
    for (PointsTable.Scored scored : signals) {
      PointsTable.MissingSignal signal = scored.missingSignal().get();
      html.append("<li>")
          .append(text(scored.label(0)))
          .append(": <b>")
          .append(signed(scored.points().get(0)))
          .append("</b> ")
          .append(
              text(
                  String.format(
                      Locale.ROOT,
                      "(%d held-out accounts without it, %d ideal where %.1f were expected; p = %.2g)",
                      signal.heldOutRows(),
                      signal.observed(),
                      signal.expected(),
                      signal.p())))
          .append("</li>");
    }
    html.append("</ul>");
  }

  private static void interactions(StringBuilder html, PointsTable table) {
    if (table.interactions().isEmpty()) {
      return;
    }
    html.append(
        "<p>Pairs of attributes that score more together than apart also add points:</p><ul>");
    for (PointsTable.Interaction pair : table.interactions()) {
      List<Integer> all = pair.points().stream().flatMap(List::stream).toList();
      html.append("<li>")
          .append(
              text(ColumnSynonyms.label(table.attributes().get(pair.first()).attribute().name())))
          .append(" with ")
          .append(
              text(ColumnSynonyms.label(table.attributes().get(pair.second()).attribute().name())))
          .append(": ")
          .append(spread(all))
          .append(" points by the pair of values</li>");
    }
    html.append("</ul>");
  }

  private static void disqualifiers(StringBuilder html, List<Disqualifier> rules) {
    if (rules.isEmpty()) {
      html.append(
          "<p>No disqualifier: no trait rules accounts out strongly enough to force tier D.</p>");
      return;
    }
    html.append("<p>Disqualifiers put an account in tier D whatever its score:</p><ul>");
    for (Disqualifier rule : rules) {
      html.append("<li><b>")
          .append(text(ColumnSynonyms.label(rule.column())))
          .append("</b> is <b>")
          .append(text(rule.value()))
          .append("</b>");
      if (!rule.reason().equals(rule.column() + " is " + rule.value())) {
        html.append(": ").append(text(rule.reason()));
      }
      html.append("</li>");
    }
    html.append("</ul>");
  }

  private static String signed(int points) {
    return points > 0 ? "+" + points : points < 0 ? "−" + -points : "0";
  }
}
