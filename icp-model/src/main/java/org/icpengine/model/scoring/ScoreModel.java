package org.icpengine.model.scoring;

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
 * @param minCoverage the least coverage — share of the fit attributes' importance whose values an
 *     account has — for it to get a score and tier; below it, its status is {@code
 *     insufficient_data}
 * @param priority the priority and the grade's engagement levels; present only with an engagement
 *     score
 * @param support the values the fit columns took on the rows the model was trained on, which market
 *     scoring flags accounts outside of; empty in icp.json files written before it was recorded
 */
public record ScoreModel(
    PointsTable fit,
    Tiers tiers,
    List<Disqualifier> disqualifiers,
    Optional<PointsTable> engagement,
    double minCoverage,
    Optional<Priority> priority,
    Optional<TrainingSupport> support) {
  /** The least coverage when icp.json gives none. */
  public static final double DEFAULT_MIN_COVERAGE = 0.5;

  /** Copies the list and checks the coverage threshold and that a priority has engagement. */
  public ScoreModel {
    disqualifiers = List.copyOf(disqualifiers);
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("min_coverage must be between 0 and 1: " + minCoverage);
    }
    if (priority.isPresent() && engagement.isEmpty()) {
      throw new IllegalArgumentException(
          "priority needs an engagement score: without one, the fit score is the priority");
    }
  }

  /** Returns a model without a recorded training support. */
  public ScoreModel(
      PointsTable fit,
      Tiers tiers,
      List<Disqualifier> disqualifiers,
      Optional<PointsTable> engagement,
      double minCoverage,
      Optional<Priority> priority) {
    this(fit, tiers, disqualifiers, engagement, minCoverage, priority, Optional.empty());
  }

  /** Returns a model without a priority. */
  public ScoreModel(
      PointsTable fit,
      Tiers tiers,
      List<Disqualifier> disqualifiers,
      Optional<PointsTable> engagement,
      double minCoverage) {
    this(fit, tiers, disqualifiers, engagement, minCoverage, Optional.empty());
  }

  /** Returns a model with the default coverage threshold. */
  public ScoreModel(
      PointsTable fit,
      Tiers tiers,
      List<Disqualifier> disqualifiers,
      Optional<PointsTable> engagement) {
    this(fit, tiers, disqualifiers, engagement, DEFAULT_MIN_COVERAGE);
  }

  /** Returns this model with the given priority. */
  public ScoreModel withPriority(Optional<Priority> priority) {
    return new ScoreModel(fit, tiers, disqualifiers, engagement, minCoverage, priority, support);
  }

  /** Returns this model with the given training support. */
  public ScoreModel withSupport(Optional<TrainingSupport> support) {
    return new ScoreModel(fit, tiers, disqualifiers, engagement, minCoverage, priority, support);
  }

  /**
   * Returns the columns the model reads, fit and engagement, without repeats, in model order. The
   * priority reads no other columns.
   */
  public List<String> columns() {
    java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>();
    fit.attributes().forEach(a -> columns.add(a.attribute().column()));
    disqualifiers.forEach(d -> columns.add(d.column()));
    engagement.ifPresent(e -> e.attributes().forEach(a -> columns.add(a.attribute().column())));
    return List.copyOf(columns);
  }
}
