package org.icpengine.server.scoring;

import java.util.List;
import java.util.Map;
import org.icpengine.data.fit.ColumnMatch;
import org.icpengine.data.fit.ColumnMatcher;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;

/**
 * A workspace's published version, ready to score.
 *
 * @param versionNumber the version's number
 * @param model the version's score model
 * @param scorer the model's single-account scorer
 * @param matcher the model's column matcher
 */
public record Published(
    int versionNumber, ScoreModel model, AccountScorer scorer, ColumnMatcher matcher) {
  /** An account's score and how its keys were matched to the model's columns. */
  public record Matched(AccountScore score, List<ColumnMatch> matches) {}

  /**
   * Scores one account, its keys matched to the model's columns by name as {@code icp score}
   * matches a file's columns (same name, same but for case and punctuation, CRM synonym).
   */
  public Matched score(Map<String, ?> attributes) {
    List<ColumnMatch> matches = matcher.match(List.copyOf(attributes.keySet()), Map.of());
    return new Matched(scorer.score(ColumnMatcher.rekey(attributes, matches)), matches);
  }
}
