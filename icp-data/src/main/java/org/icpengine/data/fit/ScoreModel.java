package org.icpengine.data.fit;

import java.util.List;
import java.util.Optional;
import org.icpengine.core.score.Tiers;

/**
 * Everything {@code icp score} needs, as stored in icp.json's {@code fit_model}: the fit score's
 * points table and tiers, the disqualifiers, and the separate engagement score when the data had
 * behavioural columns.
 *
 * @param fit the fit score
 * @param tiers the fit score's tier thresholds
 * @param disqualifiers the rules that force tier D
 * @param engagement the engagement score, if any
 */
public record ScoreModel(
    PointsTable fit,
    Tiers tiers,
    List<Disqualifier> disqualifiers,
    Optional<PointsTable> engagement) {
  /** Copies the list. */
  public ScoreModel {
    disqualifiers = List.copyOf(disqualifiers);
  }

  /** Returns the columns the model reads, fit and engagement, without repeats, in model order. */
  public List<String> columns() {
    java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>();
    fit.attributes().forEach(a -> columns.add(a.attribute().column()));
    disqualifiers.forEach(d -> columns.add(d.column()));
    engagement.ifPresent(e -> e.attributes().forEach(a -> columns.add(a.attribute().column())));
    return List.copyOf(columns);
  }
}
