package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.icpengine.data.Fixtures;
import org.icpengine.data.fit.EngineScores.Scored;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.testing.ParityModels;
import org.icpengine.sample.MessyRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-made model with every kind of attribute ({@link ParityModels#everyKind()}) and files of
 * messy cells ({@link MessyRows}): the engine and {@link AccountScorer} must score every row the
 * same.
 */
class AccountScorerMessyFileTest {
  private static final ScoreModel MODEL = ParityModels.everyKind();

  @TempDir Path dir;

  /** Writes the messy rows as a CSV file, every cell quoted, an empty cell left empty. */
  static Path messyFile(Path dir, String name, int rows, long seed) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", MessyRows.HEADERS));
    for (List<String> row : MessyRows.rows(rows, seed)) {
      lines.add(
          row.stream()
              .map(v -> v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"")
              .collect(Collectors.joining(",")));
    }
    return Fixtures.lines(dir, name, lines);
  }

  @Test
  void aLargeMessyFileScoresAsInTheEngineRowForRow() {
    // most columns have few distinct values here: the engine cleans them through a dictionary
    List<Scored> scored =
        EngineScores.assertSameScores(MODEL, messyFile(dir, "messy.csv", 3000, 7), Map.of(), dir);
    assertThat(scored).hasSize(3000);
    assertThat(scored).extracting(Scored::tier).contains("A", "B", "C", "D", null);
    assertThat(scored)
        .extracting(Scored::reasons)
        .anyMatch(r -> r.contains("capped at 100"))
        .anyMatch(r -> r.contains("capped at 0"))
        .anyMatch(r -> r.contains(" with "))
        .anyMatch(r -> r.contains("Tech unknown"))
        .anyMatch(r -> r.startsWith("disqualified: uses Café"))
        .anyMatch(r -> r.startsWith("disqualified: Country is Narnia"))
        .anyMatch(r -> r.startsWith("disqualified: Industry is Education"))
        .anyMatch(r -> r.startsWith("not scored"));
  }

  @Test
  void aSmallMessyFileScoresAsInTheEngineRowForRow() {
    // as many rows as distinct values: the engine cleans the cells row by row
    EngineScores.assertSameScores(MODEL, messyFile(dir, "small.csv", 160, 11), Map.of(), dir);
  }
}
