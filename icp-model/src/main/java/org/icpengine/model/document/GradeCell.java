package org.icpengine.model.document;

import org.icpengine.model.scoring.EngagementLevels;

/**
 * One cell of the grade matrix on held-out rows: a fit tier × engagement level.
 *
 * @param grade the grade, {@code "A-high"} … {@code "D-low"} or {@code "A-unknown"} …
 * @param rows the held-out rows with the grade
 * @param ideal the ideal rows among them
 * @param observedRate {@code ideal / rows}; NaN for an empty cell
 * @param idealCaptured the share of every held-out ideal row that has the grade; NaN without ideal
 *     rows
 */
public record GradeCell(
    String grade, int rows, int ideal, double observedRate, double idealCaptured) {
  private static final java.util.List<String> LEVELS =
      java.util.List.of("high", "medium", "low", EngagementLevels.UNKNOWN);

  /** Orders grades by tier, best first, then by engagement level: high, medium, low, unknown. */
  public static final java.util.Comparator<String> ORDER =
      java.util.Comparator.comparing((String g) -> g.substring(0, 1))
          .thenComparingInt(g -> LEVELS.indexOf(g.substring(2)));
}
