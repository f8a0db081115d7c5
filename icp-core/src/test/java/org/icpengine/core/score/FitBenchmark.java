package org.icpengine.core.score;

import java.util.Locale;
import org.icpengine.core.evaluation.ScoreMetrics;

/**
 * Times training on planted data (default 100,000 rows × 60 features) and in-memory scoring, and
 * prints the figures. Run with {@code ./mvnw -q -pl icp-core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.icpengine.core.score.FitBenchmark
 * [-Dexec.args="ROWS FEATURES"]}.
 */
public final class FitBenchmark {
  private FitBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int features = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    PlantedData planted = PlantedData.generate(rows, features, 3);
    Split split = Split.stratified(planted.data.labels(), 0.3, 5);
    TrainingData train = planted.data.rows(split.train());
    TrainingData holdout = planted.data.rows(split.holdout());
    long start = System.nanoTime();
    FitModel model = FitModel.train(train, planted.ordered, EbmOptions.defaults(1), planted.data);
    double seconds = (System.nanoTime() - start) / 1e9;
    double auc =
        ScoreMetrics.of(model.trained().model().probabilities(holdout), holdout.labels()).auc();
    double scoreAuc = ScoreMetrics.of(model.probabilities(holdout), holdout.labels()).auc();
    System.out.printf(
        Locale.ROOT,
        "training %,d rows × %d features: %.2f s (rounds per bag %s, pair rounds %s, %d pairs)%n",
        train.rows(),
        features,
        seconds,
        model.trained().mainRounds(),
        model.trained().pairRounds(),
        model.trained().model().pairs().size());
    System.out.printf(
        Locale.ROOT, "holdout AUC: model %.4f, whole-point score %.4f%n", auc, scoreAuc);
    int[] scores = null;
    for (int repeat = 0; repeat < 5; repeat++) {
      long t = System.nanoTime();
      scores = model.scorecard().scores(planted.data);
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "scoring %,d rows in memory: %.3f s, %,.0f rows/s (one core)%n",
          rows,
          s,
          rows / s);
    }
    System.out.println("tiers " + model.scorecard().tiers() + ", first score " + scores[0]);
  }
}
