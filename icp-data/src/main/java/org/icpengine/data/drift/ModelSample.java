package org.icpengine.data.drift;

import static org.icpengine.data.engine.Engine.quote;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.drift.ScoredSample;
import org.icpengine.core.drift.TraitCounts;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.cohort.SegmentFlags;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.ModelRows;
import org.icpengine.model.scoring.ScoreModel;

/**
 * One file as a score model sees it: the bins of the model's attributes, scores, tiers and
 * probabilities ({@link ModelRows}), the ideal flags when the file has the columns the ICP's ideal
 * definition reads, and the rows inside a segment when one is asked for.
 *
 * @param name the file's name
 * @param rows the model's view of the rows
 * @param ideal whether each row is ideal, when the file says
 * @param outcomes where the ideal flags came from, or why there are none, in words
 * @param inside whether each row is inside the segment, when one was given
 * @param traits each single-attribute trait's counts, by condition, when discovery was asked for
 *     and the file has outcomes
 */
record ModelSample(
    String name,
    ModelRows.Rows rows,
    Optional<boolean[]> ideal,
    String outcomes,
    Optional<boolean[]> inside,
    Optional<Map<String, TraitCounts>> traits) {

  /**
   * Reads the file in an engine of its own.
   *
   * @param segment an expression in the ideal language marking a segment, if any
   * @throws InputException when the file cannot be read or has none of the model's columns
   */
  static ModelSample read(
      Path file,
      DatasetOptions options,
      ScoreModel model,
      IdealDefinition ideal,
      Optional<String> segment,
      boolean discover) {
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset = Dataset.open(engine, file, options);
      String name = file.getFileName().toString();
      ModelRows.Rows rows = ModelRows.read(engine, Dataset.RAW, dataset.columns(), model, name);
      Optional<boolean[]> inside =
          segment.map(
              s -> {
                SegmentFlags.mark(dataset, s);
                return flags(engine, SegmentFlags.FLAGS, "inside", rows.scores().length);
              });
      Outcomes outcomes = outcomes(dataset, ideal, discover);
      return new ModelSample(
          name, rows, outcomes.flags(), outcomes.words(), inside, outcomes.traits());
    }
  }

  /** The ideal flags of a file, in words, and its traits' counts when asked for. */
  private record Outcomes(
      Optional<boolean[]> flags, String words, Optional<Map<String, TraitCounts>> traits) {
    static Outcomes none(String words) {
      return new Outcomes(Optional.empty(), words, Optional.empty());
    }
  }

  private static Outcomes outcomes(Dataset dataset, IdealDefinition ideal, boolean discover) {
    List<String> lacking =
        ideal.columnsRead().stream()
            .filter(c -> dataset.columns().stream().noneMatch(c::equalsIgnoreCase))
            .toList();
    if (!lacking.isEmpty()) {
      return Outcomes.none("no outcomes: the file lacks " + String.join(", ", lacking));
    }
    if (ideal.columnsRead().isEmpty() && ideal.isDefault()) {
      return Outcomes.none("no outcomes: the ICP does not say which columns mark ideal accounts");
    }
    try {
      IdealDefinition evaluated =
          Ideals.evaluate(
              dataset, ideal.isDefault() ? Optional.empty() : Optional.of(ideal.expression()));
      return new Outcomes(
          Optional.of(
              flags(dataset.engine(), Ideals.FLAGS, "ideal", Math.toIntExact(dataset.rows()))),
          String.format(
              Locale.ROOT,
              "observed: %,d of %,d %s",
              evaluated.idealRows(),
              evaluated.rows(),
              evaluated.description()),
          discover ? Optional.of(TraitCounting.count(dataset, evaluated)) : Optional.empty());
    } catch (InputException e) {
      return Outcomes.none("no usable outcomes: " + e.getMessage());
    }
  }

  /** Returns the rows as the core's statistics take them. */
  ScoredSample scored() {
    return new ScoredSample(rows.scores(), rows.tiers(), rows.probabilities(), ideal);
  }

  /** Returns the rows inside ({@code in}) or outside the segment as the core takes them. */
  ScoredSample part(boolean in) {
    boolean[] flags = inside.orElseThrow();
    int[] keep =
        java.util.stream.IntStream.range(0, flags.length).filter(i -> flags[i] == in).toArray();
    int[] scores = new int[keep.length];
    char[] tiers = new char[keep.length];
    double[] p = new double[keep.length];
    boolean[] labels = new boolean[keep.length];
    boolean[] all = ideal.orElse(new boolean[flags.length]);
    for (int k = 0; k < keep.length; k++) {
      scores[k] = rows.scores()[keep[k]];
      tiers[k] = rows.tiers()[keep[k]];
      p[k] = rows.probabilities()[keep[k]];
      labels[k] = all[keep[k]];
    }
    return new ScoredSample(scores, tiers, p, ideal.map(f -> labels));
  }

  private static boolean[] flags(Engine engine, String table, String column, int rows) {
    boolean[] flags = new boolean[rows];
    int[] position = {0};
    engine.query(
        "SELECT " + quote(column) + " FROM " + table + " ORDER BY " + quote(CleanedTable.ROW),
        r -> {
          flags[position[0]++] = r.getBoolean(1);
          return null;
        });
    if (position[0] != rows) {
      throw new IllegalStateException("read " + position[0] + " flags of " + rows + " rows");
    }
    return flags;
  }
}
