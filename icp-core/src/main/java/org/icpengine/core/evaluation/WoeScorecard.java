package org.icpengine.core.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.score.TrainingData;

/**
 * The credit-scorecard baseline: each feature's bins are replaced by their weight of evidence
 * (WoE), features with too little information value (IV) are dropped, and a ridge-penalised
 * logistic regression on the remaining WoE columns gives the probability of being ideal.
 *
 * <p>For a feature with {@code B} bins (its bin count, unknown bin 0 included and treated like any
 * other bin), {@code P} ideal and {@code N} other rows, and {@code pos_b}, {@code neg_b} rows of
 * each class in bin {@code b}, the smoothed class shares are
 *
 * <pre>{@code
 * g_b = (pos_b + 0.5) / (P + 0.5 B)      h_b = (neg_b + 0.5) / (N + 0.5 B)
 * }</pre>
 *
 * (each sums to 1 over the bins) and {@code WoE_b = ln(g_b / h_b)}. A bin with fewer than {@value
 * #MIN_BIN_ROWS} rows or fewer than 1 % of all rows is pooled: its WoE is 0 (evidence-neutral, the
 * same as an unseen bin when scoring) and it adds nothing to the IV. The information value is
 * {@code IV = Σ (g_b − h_b) · WoE_b} over the bins that are not pooled.
 *
 * <p>Features with {@code IV >= 0.02} are kept (if none reaches it, the one with the largest IV,
 * earliest on ties). The model {@code logit P(ideal) = β0 + Σ βj WoE_j} is fitted by Newton's
 * method with penalty {@code 1e-4 · n · Σ βj² / 2} (not on {@code β0}), at most 50 steps, stopping
 * when a step changes the penalised log-likelihood by less than {@code 1e-10 · (1 + |ℓ|)}. Each
 * step costs O(n · k²) for k kept features. Training is deterministic.
 */
public final class WoeScorecard {
  /** Features need at least this information value to be kept. */
  public static final double MIN_INFORMATION_VALUE = 0.02;

  /** Bins with fewer rows than this are pooled (WoE 0). */
  public static final int MIN_BIN_ROWS = 20;

  /** Bins with fewer rows than this share of all rows are pooled (WoE 0). */
  public static final double MIN_BIN_SHARE = 0.01;

  /** The ridge penalty per training row on the coefficients. */
  public static final double RIDGE_PER_ROW = 1e-4;

  private static final int MAX_ITERATIONS = 50;
  private static final double TOLERANCE = 1e-10;

  private final List<String> names;
  private final double[][] weights;
  private final double[] informationValues;
  private final int[] kept;
  private final double[] beta;

  private WoeScorecard(
      List<String> names,
      double[][] weights,
      double[] informationValues,
      int[] kept,
      double[] beta) {
    this.names = names;
    this.weights = weights;
    this.informationValues = informationValues;
    this.kept = kept;
    this.beta = beta;
  }

  /**
   * Trains a scorecard.
   *
   * @throws IllegalArgumentException if the data has no features, lacks ideal or other rows, or a
   *     code is not below its feature's bin count
   */
  public static WoeScorecard train(TrainingData train) {
    int features = train.features();
    if (features == 0) {
      throw new IllegalArgumentException("a scorecard needs at least one feature");
    }
    int n = train.rows();
    int positives = train.positives();
    int negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("a scorecard needs both ideal and other rows");
    }
    double[][] weights = new double[features][];
    double[] informationValues = new double[features];
    for (int f = 0; f < features; f++) {
      int bins = train.binCounts()[f];
      int[] pos = new int[bins];
      int[] neg = new int[bins];
      for (int row = 0; row < n; row++) {
        int bin = train.code(f, row);
        if (bin >= bins) {
          throw new IllegalArgumentException(
              "feature " + train.names().get(f) + " has bin " + bin + " of only " + bins);
        }
        if (train.labels()[row]) {
          pos[bin]++;
        } else {
          neg[bin]++;
        }
      }
      weights[f] = new double[bins];
      double positiveTotal = positives + 0.5 * bins;
      double negativeTotal = negatives + 0.5 * bins;
      for (int b = 0; b < bins; b++) {
        int rows = pos[b] + neg[b];
        if (rows < MIN_BIN_ROWS || rows < MIN_BIN_SHARE * n) {
          continue;
        }
        double g = (pos[b] + 0.5) / positiveTotal;
        double h = (neg[b] + 0.5) / negativeTotal;
        weights[f][b] = Math.log(g / h);
        informationValues[f] += (g - h) * weights[f][b];
      }
    }
    int[] kept = keep(informationValues);
    Design design = new WoeDesign(train, weights, kept);
    LogisticFit fit =
        LogisticRegression.fit(
            design, train.labels(), RIDGE_PER_ROW * n, MAX_ITERATIONS, TOLERANCE);
    return new WoeScorecard(train.names(), weights, informationValues, kept, fit.coefficients());
  }

  private static int[] keep(double[] informationValues) {
    List<Integer> kept = new ArrayList<>();
    int best = 0;
    for (int f = 0; f < informationValues.length; f++) {
      if (informationValues[f] >= MIN_INFORMATION_VALUE) {
        kept.add(f);
      }
      if (informationValues[f] > informationValues[best]) {
        best = f;
      }
    }
    if (kept.isEmpty()) {
      return new int[] {best};
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Returns the predicted probability that a row is ideal. Features are looked up by name, so the
   * data may order or extend its features differently; prefer {@link #probabilities} for many rows.
   *
   * @throws IllegalArgumentException if the data lacks a kept feature
   */
  public double probability(TrainingData data, int row) {
    return LogisticRegression.sigmoid(linear(points(data), data, row));
  }

  /**
   * Returns the predicted probability of every row of the data.
   *
   * @throws IllegalArgumentException if the data lacks a kept feature
   */
  public double[] probabilities(TrainingData data) {
    Points points = points(data);
    double[] result = new double[data.rows()];
    for (int row = 0; row < result.length; row++) {
      result[row] = LogisticRegression.sigmoid(linear(points, data, row));
    }
    return result;
  }

  /** Returns the names of the features in the model, in training feature order. */
  public List<String> keptFeatures() {
    List<String> result = new ArrayList<>();
    for (int f : kept) {
      result.add(names.get(f));
    }
    return Collections.unmodifiableList(result);
  }

  /** Returns the information value of every training feature, in training feature order. */
  public Map<String, Double> informationValues() {
    Map<String, Double> result = new LinkedHashMap<>();
    for (int f = 0; f < names.size(); f++) {
      result.put(names.get(f), informationValues[f]);
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * Returns the weight of evidence of each bin of a training feature (0 for pooled bins).
   *
   * @throws IllegalArgumentException if the scorecard was not trained with the feature
   */
  public double[] weightsOfEvidence(String feature) {
    int f = names.indexOf(feature);
    if (f < 0) {
      throw new IllegalArgumentException("no feature " + feature);
    }
    return weights[f].clone();
  }

  /** Returns the intercept of the logistic regression. */
  public double intercept() {
    return beta[0];
  }

  /** Returns the coefficient of each kept feature's WoE, in training feature order. */
  public Map<String, Double> coefficients() {
    Map<String, Double> result = new LinkedHashMap<>();
    for (int j = 0; j < kept.length; j++) {
      result.put(names.get(kept[j]), beta[j + 1]);
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * Finds the kept features in the data and multiplies out each bin's contribution {@code βj ·
   * WoE}.
   */
  private Points points(TrainingData data) {
    int[] columns = new int[kept.length];
    double[][] table = new double[kept.length][];
    for (int j = 0; j < kept.length; j++) {
      String name = names.get(kept[j]);
      int column = data.names().indexOf(name);
      if (column < 0) {
        throw new IllegalArgumentException("data lacks the scorecard feature " + name);
      }
      double[] woe = weights[kept[j]];
      if (data.binCounts()[column] != woe.length) {
        throw new IllegalArgumentException(
            "feature "
                + name
                + " has "
                + data.binCounts()[column]
                + " bins in the data but "
                + woe.length
                + " in the scorecard");
      }
      columns[j] = column;
      table[j] = new double[woe.length];
      for (int b = 0; b < woe.length; b++) {
        table[j][b] = beta[j + 1] * woe[b];
      }
    }
    return new Points(columns, table);
  }

  /** Returns the linear predictor of a row; a bin the scorecard never saw contributes 0. */
  private double linear(Points points, TrainingData data, int row) {
    double eta = beta[0];
    for (int j = 0; j < points.columns.length; j++) {
      int bin = data.code(points.columns[j], row);
      double[] byBin = points.table[j];
      if (bin < byBin.length) {
        eta += byBin[bin];
      }
    }
    return eta;
  }

  /** Per kept feature: its column in the scored data and the contribution of each bin. */
  private record Points(int[] columns, double[][] table) {}

  /** The WoE columns of the kept features. */
  private static final class WoeDesign implements Design {
    private final TrainingData data;
    private final double[][] weights;
    private final int[] kept;

    WoeDesign(TrainingData data, double[][] weights, int[] kept) {
      this.data = data;
      this.weights = weights;
      this.kept = kept;
    }

    @Override
    public int rows() {
      return data.rows();
    }

    @Override
    public int columns() {
      return kept.length;
    }

    @Override
    public void fill(int row, double[] into) {
      for (int j = 0; j < kept.length; j++) {
        into[j] = weights[kept[j]][data.code(kept[j], row)];
      }
    }
  }
}
