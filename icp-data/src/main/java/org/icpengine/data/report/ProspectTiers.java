package org.icpengine.data.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Prospects per tier of the fit score, for page one: a prospects file scored by the model exactly
 * as {@code icp score} scores it (the same {@link BatchScorer}, its columns matched the same way).
 *
 * @param file the prospects file's name
 * @param tiers accounts per tier, A to D (disqualified in D); tiers without accounts are 0
 * @param unscored rows that got no score
 */
public record ProspectTiers(String file, Map<Character, Long> tiers, long unscored) {
  /** Copies the counts. */
  public ProspectTiers {
    tiers = Map.copyOf(tiers);
  }

  /** Scores the file with the model in an engine of its own and counts its accounts per tier. */
  public static ProspectTiers score(Path prospects, ScoreModel model) {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("icp-prospects-");
      BatchScorer.Summary summary;
      try (Engine engine = Engine.open(EngineAccess.reading(prospects))) {
        summary =
            new BatchScorer(engine)
                .score(
                    prospects,
                    ReadOptions.defaults(),
                    model,
                    new BatchScorer.Output(scratch.resolve("scored.csv"), OutputFormat.CSV, false),
                    DatasetOptions.Progress.none());
      }
      Map<Character, Long> tiers = new LinkedHashMap<>();
      for (char tier : "ABCD".toCharArray()) {
        tiers.put(tier, summary.tiers().getOrDefault(String.valueOf(tier), 0L));
      }
      return new ProspectTiers(prospects.getFileName().toString(), tiers, summary.unscored());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(scratch);
    }
  }

  private static void delete(Path scratch) {
    if (scratch == null) {
      return;
    }
    try (var files = Files.walk(scratch)) {
      for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover scratch folder in the temporary folder is harmless
    }
  }

  /** Returns the prospects of all tiers. */
  public long accounts() {
    return tiers.values().stream().mapToLong(Long::longValue).sum();
  }
}
