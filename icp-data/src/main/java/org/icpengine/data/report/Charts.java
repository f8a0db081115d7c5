package org.icpengine.data.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts: horizontal bars with optional interval whiskers and a reference line. */
final class Charts {
  private static final int ROW = 26;
  private static final int LABEL = 330;
  private static final int PLOT = 420;

  /** One bar: a label, a value and its interval (NaN bounds for none). */
  record Bar(String label, double value, double low, double high, boolean good) {}

  private Charts() {}

  /** Draws bars on a linear scale from zero, with a dashed line at {@code reference}. */
  static String bars(List<Bar> bars, double reference, String unit) {
    double max = reference;
    for (Bar bar : bars) {
      max = Math.max(max, Double.isNaN(bar.high()) ? bar.value() : bar.high());
    }
    max = max <= 0 ? 1 : max * 1.08;
    int height = bars.size() * ROW + 30;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\">",
            LABEL + PLOT + 60,
            height));
    for (int i = 0; i < bars.size(); i++) {
      svg.append(bar(bars.get(i), i * ROW + 10, max, unit));
    }
    double x = LABEL + PLOT * reference / max;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%d\"" + " class=\"ref\"/>",
            x,
            x,
            height - 16));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" class=\"axis\">%s</text>",
            x,
            height - 4,
            Html.text(format(reference) + unit)));
    return svg.append("</svg>").toString();
  }

  private static String bar(Bar bar, int y, double max, String unit) {
    double width = PLOT * Math.max(0, bar.value()) / max;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
            LABEL - 8,
            y + 14,
            Html.text(bar.label())));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\"" + " class=\"%s\"/>",
            LABEL,
            y + 2,
            width,
            bar.good() ? "good" : "bad"));
    if (!Double.isNaN(bar.low()) && !Double.isNaN(bar.high())) {
      double lo = LABEL + PLOT * bar.low() / max;
      double hi = LABEL + PLOT * bar.high() / max;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"" + " class=\"ci\"/>",
              lo,
              y + 10,
              hi,
              y + 10));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
            LABEL + labelEnd(bar, width, max) + 6,
            y + 14,
            Html.text(format(bar.value()) + unit)));
    return svg.toString();
  }

  /** Places a bar's value label past its whisker, so the two never overlap. */
  private static double labelEnd(Bar bar, double width, double max) {
    return Double.isNaN(bar.high()) ? width : Math.max(width, PLOT * bar.high() / max);
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", value / 1e6);
    }
    if (magnitude >= 1e4) {
      return String.format(Locale.ROOT, "%.1fk", value / 1e3);
    }
    return String.format(Locale.ROOT, magnitude >= 100 ? "%,.0f" : "%.2f", value);
  }
}
