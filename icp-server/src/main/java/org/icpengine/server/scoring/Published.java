package org.icpengine.server.scoring;

import org.icpengine.data.fit.AccountScorer;
import org.icpengine.data.fit.ScoreModel;

/**
 * A workspace's published version, ready to score.
 *
 * @param versionNumber the version's number
 * @param model the version's score model
 * @param scorer the model's single-account scorer
 */
public record Published(int versionNumber, ScoreModel model, AccountScorer scorer) {}
