package org.icpengine.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.icpengine.core.score.EbmOptions;
import org.icpengine.core.score.FitModel;
import org.icpengine.core.score.TrainingData;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.data.fit.FitAttributes;
import org.icpengine.data.fit.FitRows;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.traits.TraitColumns;

/**
 * Derives the model the batch-scoring benchmark scores with, and times the fit score's in-memory
 * scoring: {@link org.icpengine.core.score.Scorecard#scores} over a training file's bin codes on
 * one thread.
 */
final class ScoreModelPrep {
  private static final int WARM_UP_PASSES = 20;
  private static final int MEASURED_PASSES = 15;

  /**
   * The model and the in-memory figures.
   *
   * @param model the derived model, as {@code icp derive} writes it to icp.json
   * @param deriveSeconds read, clean, profile and derive
   * @param attributes the fit attributes of the in-memory model
   * @param pairs its interaction terms
   * @param rows the rows scored per pass
   * @param trainSeconds training the in-memory model on every row
   * @param passSeconds the median seconds of one in-memory pass over {@code rows}
   */
  record Prepared(
      ScoreModel model,
      double deriveSeconds,
      int attributes,
      int pairs,
      int rows,
      double trainSeconds,
      double passSeconds) {}

  private ScoreModelPrep() {}

  /** Derives the model from the file and times in-memory scoring on it. */
  static Prepared prepare(Path file, String memoryLimit) {
    try (Engine engine = Engine.open(memoryLimit, EngineAccess.reading(file))) {
      long start = System.nanoTime();
      Dataset dataset = Dataset.open(engine, file, DatasetOptions.defaults());
      IcpDefinition icp =
          Derivation.derive(dataset, file, DeriveOptions.defaults(), Clock.systemUTC());
      double deriveSeconds = Seconds.since(start);
      TraitColumns.Choice choice = TraitColumns.choose(dataset, icp.ideal(), Set.of(), Set.of());
      List<FitAttribute> attributes = FitAttributes.build(dataset, choice.used(), false).fit();
      TrainingData all = FitRows.read(dataset, attributes);
      start = System.nanoTime();
      FitModel fit = FitModel.train(all, FitRows.ordered(attributes), EbmOptions.defaults(42), all);
      double trainSeconds = Seconds.since(start);
      return new Prepared(
          icp.fit().model(),
          deriveSeconds,
          attributes.size(),
          fit.scorecard().pairs().size(),
          all.rows(),
          trainSeconds,
          passSeconds(fit, all));
    }
  }

  /** Returns the median seconds of one pass of the scorecard over every row, on this thread. */
  private static double passSeconds(FitModel fit, TrainingData data) {
    long checksum = 0;
    for (int i = 0; i < WARM_UP_PASSES; i++) {
      checksum += fit.scorecard().scores(data)[i % data.rows()];
    }
    double[] seconds = new double[MEASURED_PASSES];
    for (int i = 0; i < seconds.length; i++) {
      long start = System.nanoTime();
      int[] scores = fit.scorecard().scores(data);
      seconds[i] = Seconds.since(start);
      checksum += scores[i % scores.length];
    }
    if (checksum < 0) {
      throw new IllegalStateException("a score below 0");
    }
    Arrays.sort(seconds);
    return seconds[seconds.length / 2];
  }
}
