package org.icpengine.server.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;

/**
 * How many accounts of a dataset change tier between two versions: each account scored by both (up
 * to {@link ScoreDistribution#MOST_ROWS}, a seeded sample beyond), counted by old and new tier.
 *
 * @param counts accounts by old tier (A, B, C, D, unscored) and new tier, 5 × 5
 * @param accounts accounts compared
 */
public record TierChanges(long[][] counts, long accounts) {
  /** The tiers in order, and "–" for unscored. */
  public static final List<String> TIERS = List.of("A", "B", "C", "D", "–");

  /** Reads the file into the engine and scores its accounts with both models. */
  public static TierChanges of(Engine engine, Path file, ScoreModel before, ScoreModel after) {
    List<String> columns =
        new SourceReader(engine).read(file, ReadOptions.defaults(), "raw").columns();
    Set<String> wanted = new LinkedHashSet<>(before.columns());
    wanted.addAll(after.columns());
    List<String> read = new ArrayList<>();
    for (String column : wanted) {
      if (columns.contains(column)) {
        read.add(column);
      }
    }
    long[][] counts = new long[5][5];
    long[] accounts = new long[1];
    if (read.isEmpty()) {
      return new TierChanges(counts, 0);
    }
    AccountScorer old = new AccountScorer(before);
    AccountScorer now = new AccountScorer(after);
    engine.query(
        "SELECT "
            + String.join(", ", read.stream().map(Engine::quote).toList())
            + " FROM raw USING SAMPLE reservoir("
            + ScoreDistribution.MOST_ROWS
            + " ROWS) REPEATABLE (42)",
        row -> {
          Map<String, Object> values = new HashMap<>();
          for (int i = 0; i < read.size(); i++) {
            values.put(read.get(i), row.getString(i + 1));
          }
          counts[tier(old.score(values))][tier(now.score(values))]++;
          accounts[0]++;
          return null;
        });
    return new TierChanges(counts, accounts[0]);
  }

  private static int tier(AccountScore score) {
    return score.tier() == null ? 4 : TIERS.indexOf(score.tier());
  }

  /** Returns how many accounts are in another tier after than before. */
  public long changed() {
    long changed = 0;
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        if (i != j) {
          changed += counts[i][j];
        }
      }
    }
    return changed;
  }
}
