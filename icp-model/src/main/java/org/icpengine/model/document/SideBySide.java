package org.icpengine.model.document;

import java.util.List;

/**
 * The engagement score and the priority judged on the same held-out rows as the fit score, and the
 * grade matrix there. Their tiers take the fit score's shares (10/20/30/40 %), fixed on the
 * training rows, since neither has stored thresholds.
 *
 * @param engagement the engagement score's figures (rows without engagement values count, at the
 *     engagement score of an average account)
 * @param priority the priority's figures (from its whole-point scores)
 * @param grades every grade cell that occurs, best tier and level first
 */
public record SideBySide(ModelFigures engagement, ModelFigures priority, List<GradeCell> grades) {
  /** Copies the list. */
  public SideBySide {
    grades = List.copyOf(grades);
  }
}
