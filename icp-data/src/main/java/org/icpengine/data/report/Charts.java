package org.icpengine.data.report;

import java.util.List;
import java.util.Locale;
import org.icpengine.core.evaluation.CalibrationBin;

/**
 * Inline SVG charts: horizontal bars with optional interval whiskers and a reference line, and a
 * calibration chart of observed against predicted rates.
 */
final class Charts {
  private static final int ROW = 26;
  private static final int PLOT = 420;

  /** Label widths: at least this, and at most this many pixels; longer labels are shortened. */
  private static final int MIN_LABEL = 160;

  private static final int MAX_LABEL = 560;

  /** Pixels per character of a 12 px label, generous so no label is clipped. */
  private static final double CHAR = 6.4;

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
    int label = labelWidth(bars);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\">",
            label + PLOT + 60,
            height));
    for (int i = 0; i < bars.size(); i++) {
      svg.append(bar(bars.get(i), i * ROW + 10, max, unit, label));
    }
    double x = label + PLOT * reference / max;
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

  /** The label column's width: the longest label's, within bounds. */
  private static int labelWidth(List<Bar> bars) {
    int longest = bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
    return (int) Math.max(MIN_LABEL, Math.min(MAX_LABEL, Math.ceil(longest * CHAR) + 12));
  }

  /** A label that fits the widest label column, shortened with an ellipsis when it does not. */
  private static String fitted(String label) {
    int most = (int) ((MAX_LABEL - 12) / CHAR);
    return label.length() <= most ? label : label.substring(0, most - 1).strip() + "…";
  }

  private static String bar(Bar bar, int y, double max, String unit, int label) {
    double width = PLOT * Math.max(0, bar.value()) / max;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" class=\"label\"><title>%s</title>%s</text>",
            label - 8,
            y + 14,
            Html.text(bar.label()),
            Html.text(fitted(bar.label()))));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\"" + " class=\"%s\"/>",
            label,
            y + 2,
            width,
            bar.good() ? "good" : "bad"));
    if (!Double.isNaN(bar.low()) && !Double.isNaN(bar.high())) {
      double lo = label + PLOT * bar.low() / max;
      double hi = label + PLOT * bar.high() / max;
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
            label + labelEnd(bar, width, max) + 6,
            y + 14,
            Html.text(format(bar.value()) + unit)));
    return svg.toString();
  }

  /** Places a bar's value label past its whisker, so the two never overlap. */
  private static double labelEnd(Bar bar, double width, double max) {
    return Double.isNaN(bar.high()) ? width : Math.max(width, PLOT * bar.high() / max);
  }

  /** The side of the calibration chart's square plot, and its margins. */
  private static final int SIDE = 320;

  private static final int LEFT = 70;
  private static final int TOP = 14;
  private static final int BOTTOM = 52;
  private static final double[] STEPS = {0.01, 0.02, 0.05, 0.1, 0.2};

  /**
   * Draws a calibration chart: per bin a point at (mean predicted probability, observed rate) with
   * the observed rate's interval as a whisker, over the dashed diagonal y = x. Both axes share one
   * scale, from 0 to a round percentage just above the largest value. Bins without a rate are left
   * out.
   */
  static String calibration(List<CalibrationBin> bins) {
    double max = 0;
    for (CalibrationBin bin : bins) {
      max = Math.max(max, finite(bin.meanPredicted()));
      max = Math.max(max, finite(bin.observedRate()));
      max = Math.max(max, finite(bin.observedInterval().high()));
    }
    double step = STEPS[STEPS.length - 1];
    for (double candidate : STEPS) {
      if (Math.ceil(max / candidate - 1e-9) <= 6) {
        step = candidate;
        break;
      }
    }
    int ticks = Math.max(1, (int) Math.ceil(max / step - 1e-9));
    double top = Math.min(1, ticks * step);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart calibration\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"Observed ideal rate against predicted probability\">",
            LEFT + SIDE + 24,
            TOP + SIDE + BOTTOM));
    for (int t = 0; t <= ticks; t++) {
      double value = Math.min(top, t * step);
      double x = calX(value, top);
      double y = calY(value, top);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                  + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>",
              LEFT,
              y,
              LEFT + SIDE,
              y,
              x,
              TOP,
              x,
              TOP + SIDE));
      String label = Html.text(String.format(Locale.ROOT, "%.0f %%", 100 * value));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" class=\"axis end\">%s</text>"
                  + "<text x=\"%.1f\" y=\"%d\" class=\"axis middle\">%s</text>",
              LEFT - 6,
              y + 4,
              label,
              x,
              TOP + SIDE + 16,
              label));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"frame\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"ref\"/>",
            LEFT,
            TOP,
            SIDE,
            SIDE,
            LEFT,
            TOP + SIDE,
            LEFT + SIDE,
            TOP));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" class=\"title middle\">Predicted probability"
                + " (mean of the bin)</text>"
                + "<text transform=\"translate(16 %d) rotate(-90)\" class=\"title middle\">"
                + "Observed ideal rate</text>",
            LEFT + SIDE / 2,
            TOP + SIDE + 40,
            TOP + SIDE / 2));
    for (CalibrationBin bin : bins) {
      if (Double.isNaN(bin.meanPredicted()) || Double.isNaN(bin.observedRate())) {
        continue;
      }
      double x = calX(Math.min(top, bin.meanPredicted()), top);
      double y = calY(Math.min(top, bin.observedRate()), top);
      double low = bin.observedInterval().low();
      double high = bin.observedInterval().high();
      if (!Double.isNaN(low) && !Double.isNaN(high)) {
        double y0 = calY(Math.min(top, low), top);
        double y1 = calY(Math.min(top, high), top);
        svg.append(
            String.format(
                Locale.ROOT,
                "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fh8M%.1f %.1fh8\" class=\"ci\"/>",
                x,
                y0,
                y1,
                x - 4,
                y0,
                x - 4,
                y1));
      }
      String tip =
          String.format(
                  Locale.ROOT,
                  "%,d accounts: predicted %.1f %%, observed %.1f %%",
                  bin.rows(),
                  100 * bin.meanPredicted(),
                  100 * bin.observedRate())
              + (Double.isNaN(low) || Double.isNaN(high)
                  ? ""
                  : String.format(
                      Locale.ROOT, " (95 %% interval %.1f–%.1f %%)", 100 * low, 100 * high));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" class=\"point\"><title>%s</title>"
                  + "</circle>",
              x,
              y,
              Html.text(tip)));
    }
    return svg.append("</svg>").toString();
  }

  private static double finite(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? 0 : value;
  }

  private static double calX(double value, double top) {
    return LEFT + SIDE * value / top;
  }

  private static double calY(double value, double top) {
    return TOP + SIDE - SIDE * value / top;
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
