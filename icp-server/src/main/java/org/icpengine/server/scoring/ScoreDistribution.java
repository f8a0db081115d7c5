package org.icpengine.server.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;

/**
 * How a version scores its own dataset: accounts per score 0–100, apart for those a disqualifier
 * forces to tier D, so that tiers can be counted for any thresholds (the edit preview, the
 * dashboard) without scoring again. Up to {@link #MOST_ROWS} accounts, a seeded sample beyond.
 *
 * @param scores accounts per score, not disqualified
 * @param disqualified accounts per score, disqualified
 */
public record ScoreDistribution(long[] scores, long[] disqualified) {
  /** The most accounts scored; larger datasets are sampled. */
  public static final int MOST_ROWS = 200_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Scores the engine table's text values (the file's own columns) with the model. */
  public static ScoreDistribution of(
      Engine engine, String table, List<String> columns, ScoreModel model) {
    AccountScorer scorer = new AccountScorer(model);
    List<String> read = new ArrayList<>();
    for (String column : model.columns()) {
      if (columns.contains(column)) {
        read.add(column);
      }
    }
    long[] scores = new long[101];
    long[] disqualified = new long[101];
    if (read.isEmpty()) {
      return new ScoreDistribution(scores, disqualified);
    }
    String select =
        "SELECT "
            + String.join(", ", read.stream().map(Engine::quote).toList())
            + " FROM "
            + table
            + " USING SAMPLE reservoir("
            + MOST_ROWS
            + " ROWS) REPEATABLE (42)";
    engine.query(
        select,
        row -> {
          Map<String, Object> values = new HashMap<>();
          for (int i = 0; i < read.size(); i++) {
            values.put(read.get(i), row.getString(i + 1));
          }
          AccountScore score = scorer.score(values);
          if (score.scored()) {
            (score.disqualification() == null ? scores : disqualified)[score.score()]++;
          }
          return null;
        });
    return new ScoreDistribution(scores, disqualified);
  }

  /** Returns the distribution as JSON: {@code {"scores": […101], "disqualified": […101]}}. */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode s = node.putArray("scores");
    ArrayNode d = node.putArray("disqualified");
    for (int i = 0; i <= 100; i++) {
      s.add(scores[i]);
      d.add(disqualified[i]);
    }
    return node.toString();
  }

  /** Returns the accounts in each tier A, B, C, D for the thresholds. */
  public long[] tiers(int a, int b, int c) {
    long[] tiers = new long[4];
    for (int score = 0; score <= 100; score++) {
      int tier = score >= a ? 0 : score >= b ? 1 : score >= c ? 2 : 3;
      tiers[tier] += scores[score];
      tiers[3] += disqualified[score];
    }
    return tiers;
  }

  /** Reads {@link #toJson()}. */
  public static ScoreDistribution fromJson(String json) {
    try {
      var node = JSON.readTree(json);
      long[] s = new long[101];
      long[] d = new long[101];
      for (int i = 0; i <= 100; i++) {
        s[i] = node.get("scores").get(i).asLong();
        d[i] = node.get("disqualified").get(i).asLong();
      }
      return new ScoreDistribution(s, d);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored distribution is not JSON", e);
    }
  }
}
