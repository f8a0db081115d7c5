package org.icpengine.core.score;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Unknown is not evidence. A feature's unknown bin (bin 0) is worth 0 — as much as an average known
 * value — unless missingness itself is a confirmed signal: the unknown bin's offset passes a score
 * test on held-out rows. {@link #neutralise} sets every other unknown bin to 0 and re-centres the
 * feature's known bins on the rows where it is known, so that not knowing a value neither helps nor
 * hurts an account.
 *
 * <p>The test, per feature: on the held-out rows whose value is unknown, with {@code p} each row's
 * probability were its value missing at random — the mean, over the feature's known bins weighted
 * by their training rows, of the trained model's probability with that bin in place of "unknown"
 * (every other term as trained) — {@code z = Σ(y − p) / √Σ p(1 − p)}, the score test of an offset
 * for "unknown"; the signal is confirmed when at least {@value #MIN_MISSING_ROWS} held-out rows are
 * unknown, the two-sided p-value is below 0.05 divided by the number of features tested
 * (Bonferroni), and z has the sign the trained unknown bin had.
 */
public final class Missingness {
  /** The family-wise error rate of the tests, split evenly over the features tested. */
  public static final double ALPHA = 0.05;

  /** The fewest held-out rows with an unknown value for a test to confirm anything. */
  public static final int MIN_MISSING_ROWS = 30;

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  private Missingness() {}

  /**
   * The held-out test of one feature's unknown bin.
   *
   * @param feature the feature
   * @param unknownRows the held-out rows where it is unknown (0 when it was not tested)
   * @param observed the ideal rows among them
   * @param expected the ideal rows the model expects among them with "unknown" worth 0
   * @param z the score statistic
   * @param p the two-sided p-value (1 when not tested)
   * @param trainedEffect the log-odds the trained unknown bin added over an average known value
   * @param confirmed whether missingness is a confirmed signal
   */
  public record Test(
      int feature,
      int unknownRows,
      int observed,
      double expected,
      double z,
      double p,
      double trainedEffect,
      boolean confirmed) {}

  /**
   * Tests each testable feature's unknown bin on the held-out rows.
   *
   * @param trained the model as boosted, every unknown bin as learned
   * @param train the rows it learned from (they weigh the known bins)
   * @param holdout the held-out rows
   * @param testable which features may be tested; the others are never confirmed
   */
  public static List<Test> test(
      AdditiveModel trained, TrainingData train, TrainingData holdout, boolean[] testable) {
    int tested = 0;
    for (boolean t : testable) {
      tested += t ? 1 : 0;
    }
    double threshold = ALPHA / Math.max(1, tested);
    List<Test> tests = new ArrayList<>();
    for (int f = 0; f < trained.mains().size(); f++) {
      double effect = effect(trained.mains().get(f), counts(train, f));
      boolean[] keep = new boolean[trained.mains().size()];
      java.util.Arrays.fill(keep, true);
      keep[f] = false;
      AdditiveModel neutral = neutralise(trained, train, keep);
      double[] logits = testable[f] ? neutral.logits(holdout) : null;
      double[] known = knownShares(train, f);
      double[] shape = neutral.mains().get(f);
      int rows = 0;
      int observed = 0;
      double expected = 0;
      double variance = 0;
      for (int i = 0; i < holdout.rows(); i++) {
        if (logits != null && holdout.code(f, i) == 0) {
          double p = 0;
          for (int b = 1; b < shape.length; b++) {
            p += known[b] == 0 ? 0 : known[b] * Sigmoid.exact(logits[i] + shape[b]);
          }
          rows++;
          observed += holdout.labels()[i] ? 1 : 0;
          expected += p;
          variance += p * (1 - p);
        }
      }
      double z = variance > 0 ? (observed - expected) / Math.sqrt(variance) : 0;
      double p = testable[f] && variance > 0 ? 2 * NORMAL.survivalProbability(Math.abs(z)) : 1;
      boolean confirmed =
          testable[f] && rows >= MIN_MISSING_ROWS && p < threshold && z * effect > 0;
      tests.add(new Test(f, rows, observed, expected, z, p, effect, confirmed));
    }
    return tests;
  }

  /**
   * Returns the model with the unknown bin of every feature not kept worth 0, that feature's known
   * bins re-centred on the rows (of {@code data}) where it is known, and the interaction cells of
   * its unknown value worth 0 (the rest of each such table re-centred likewise).
   */
  public static AdditiveModel neutralise(AdditiveModel model, TrainingData data, boolean[] keep) {
    List<double[]> mains = new ArrayList<>();
    for (int f = 0; f < model.mains().size(); f++) {
      double[] shape = model.mains().get(f).clone();
      if (!keep[f]) {
        double mean = knownMean(shape, counts(data, f));
        shape[0] = 0;
        for (int b = 1; b < shape.length; b++) {
          shape[b] -= mean;
        }
      }
      mains.add(shape);
    }
    List<PairTerm> pairs = new ArrayList<>();
    for (PairTerm pair : model.pairs()) {
      boolean first = !keep[pair.first()];
      boolean second = !keep[pair.second()];
      pairs.add(first || second ? neutralise(pair, data, first, second) : pair);
    }
    return new AdditiveModel(model.intercept(), mains, pairs);
  }

  private static PairTerm neutralise(
      PairTerm pair, TrainingData data, boolean first, boolean second) {
    double[][] values = new double[pair.values().length][];
    for (int x = 0; x < values.length; x++) {
      values[x] = pair.values()[x].clone();
    }
    double sum = 0;
    long rows = 0;
    for (int i = 0; i < data.rows(); i++) {
      int x = pair.firstGroups()[data.code(pair.first(), i)];
      int y = pair.secondGroups()[data.code(pair.second(), i)];
      if (!(first && x == 0) && !(second && y == 0)) {
        sum += values[x][y];
        rows++;
      }
    }
    double mean = rows == 0 ? 0 : sum / rows;
    for (int x = 0; x < values.length; x++) {
      for (int y = 0; y < values[x].length; y++) {
        boolean unknown = (first && x == 0) || (second && y == 0);
        values[x][y] = unknown ? 0 : values[x][y] - mean;
      }
    }
    return new PairTerm(
        pair.first(), pair.second(), pair.firstGroups(), pair.secondGroups(), values);
  }

  /** Each known bin's share of the rows with a known value (bin 0's share is 0). */
  private static double[] knownShares(TrainingData data, int feature) {
    long[] counts = counts(data, feature);
    long known = data.rows() - counts[0];
    double[] shares = new double[counts.length];
    for (int b = 1; b < counts.length; b++) {
      shares[b] = known == 0 ? 0 : (double) counts[b] / known;
    }
    return shares;
  }

  /** The unknown bin's value less the row-weighted mean of the known bins. */
  private static double effect(double[] shape, long[] counts) {
    return shape[0] - knownMean(shape, counts);
  }

  private static double knownMean(double[] shape, long[] counts) {
    double sum = 0;
    long known = 0;
    for (int b = 1; b < shape.length; b++) {
      sum += counts[b] * shape[b];
      known += counts[b];
    }
    return known == 0 ? 0 : sum / known;
  }

  static long[] counts(TrainingData data, int feature) {
    long[] counts = new long[data.binCounts()[feature]];
    for (byte code : data.codes()[feature]) {
      counts[code & 0xFF]++;
    }
    return counts;
  }
}
