package org.icpengine.cli.text;

import java.util.Locale;
import org.icpengine.core.stats.Figure;

/** Numbers written for people: counts with separators, percents, compact money, ratios. */
public final class Formats {
  private Formats() {}

  /** Formats a count with thousands separators: 12,345. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Formats a share from 0 to 1 as a percent with one decimal: 12.3%. */
  public static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** Formats a number compactly: 950, 12.3k, 4.5M, 1.2B. */
  public static String compact(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e9) {
      return String.format(Locale.ROOT, "%.1fB", value / 1e9);
    }
    if (magnitude >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", value / 1e6);
    }
    if (magnitude >= 1e4) {
      return String.format(Locale.ROOT, "%.1fk", value / 1e3);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
  }

  /** Formats money compactly: $12.3k. */
  public static String money(double value) {
    return Double.isNaN(value) ? "–" : (value < 0 ? "-$" : "$") + compact(Math.abs(value));
  }

  /** Formats a ratio with two decimals: 1.87. */
  public static String ratio(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** Formats a p-value: {@code <0.001}, 0.023, or a dash when there is none. */
  public static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "–";
    }
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** Marks a figure that differs significantly from the rest (p below 0.05) with a star. */
  public static String star(Figure figure) {
    return figure.isPresent() && figure.pValue() < 0.05 ? "*" : "";
  }
}
