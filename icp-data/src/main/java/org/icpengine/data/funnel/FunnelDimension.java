package org.icpengine.data.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the funnel's groups are cut by: the fit tier, the grade (tier × engagement), the channel.
 */
public enum FunnelDimension {
  TIER,
  GRADE,
  CHANNEL;

  /** Returns the word used in {@code --by} and in the JSON: tier, grade, channel. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code --by}: dimensions separated by commas, such as {@code tier,channel}.
   *
   * @throws IllegalArgumentException when a word is unknown, repeated, or tier and grade are both
   *     given (a grade holds its tier)
   */
  public static List<FunnelDimension> parseList(String text) {
    List<FunnelDimension> dimensions = new ArrayList<>();
    for (String word : text.split(",")) {
      String w = word.trim().toUpperCase(Locale.ROOT);
      FunnelDimension dimension;
      try {
        dimension = valueOf(w);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown funnel dimension '" + word.trim() + "': use tier, grade, channel", e);
      }
      if (dimensions.contains(dimension)) {
        throw new IllegalArgumentException("funnel dimension '" + word.trim() + "' given twice");
      }
      dimensions.add(dimension);
    }
    if (dimensions.contains(TIER) && dimensions.contains(GRADE)) {
      throw new IllegalArgumentException("give tier or grade, not both: a grade holds its tier");
    }
    return List.copyOf(dimensions);
  }
}
