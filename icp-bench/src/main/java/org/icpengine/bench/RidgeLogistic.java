package org.icpengine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plain logistic-regression challenger: every indicator as it is, every number standardised on
 * the training rows, a missing value as 0 plus one missing indicator per attribute that has missing
 * values, and an L2 (ridge) penalty on every coefficient but the intercept. Fitted by Newton's
 * method (iteratively reweighted least squares) with step halving; the rows are stored sparsely, so
 * one step costs about rows × (non-zero features)².
 */
final class RidgeLogistic {
  /** The ridge weights tried, in units of the penalised log-likelihood. */
  static final double[] PENALTIES = {1000, 100, 10, 1, 0.1, 0.01};

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-10;

  /** One design column: a feature's value (standardised) or its missing indicator. */
  private record Column(int feature, boolean missing, double mean, double scale) {}

  /** A fitted model and the penalty chosen. */
  record Tuned(RidgeLogistic model, double penalty) {}

  private final List<Column> columns;
  private final double[] beta;

  private RidgeLogistic(List<Column> columns, double[] beta) {
    this.columns = columns;
    this.beta = beta;
  }

  /**
   * Chooses the penalty by the log-loss on the validation rows of a fit to the other training rows,
   * then refits on every training row with it.
   *
   * @param validation the validation rows, indexes into {@code train}
   */
  static Tuned tune(FeatureMatrix train, boolean[] labels, int[] validation) {
    boolean[] held = new boolean[labels.length];
    for (int row : validation) {
      held[row] = true;
    }
    int[] fitRows = new int[labels.length - validation.length];
    for (int i = 0, j = 0; i < labels.length; i++) {
      if (!held[i]) {
        fitRows[j++] = i;
      }
    }
    FeatureMatrix fit = train.rows(fitRows);
    boolean[] fitLabels = pick(labels, fitRows);
    FeatureMatrix check = train.rows(validation);
    boolean[] checkLabels = pick(labels, validation);
    double best = Double.POSITIVE_INFINITY;
    double chosen = PENALTIES[0];
    for (double penalty : PENALTIES) {
      double loss = logLoss(train(fit, fitLabels, penalty).probabilities(check), checkLabels);
      if (loss < best) {
        best = loss;
        chosen = penalty;
      }
    }
    return new Tuned(train(train, labels, chosen), chosen);
  }

  /** Fits the model with the given ridge weight. */
  static RidgeLogistic train(FeatureMatrix data, boolean[] labels, double penalty) {
    List<Column> columns = design(data);
    Sparse x = Sparse.of(data, columns);
    double[] beta = Newton.fit(x, labels, penalty, MAX_ITERATIONS, TOLERANCE);
    return new RidgeLogistic(columns, beta);
  }

  /** Returns the probability of each row. */
  double[] probabilities(FeatureMatrix data) {
    Sparse x = Sparse.of(data, columns);
    double[] p = new double[data.rows()];
    for (int i = 0; i < p.length; i++) {
      p[i] = 1 / (1 + Math.exp(-x.dot(i, beta)));
    }
    return p;
  }

  /** Returns the number of design columns, the intercept included. */
  int designColumns() {
    return columns.size() + 1;
  }

  private static List<Column> design(FeatureMatrix data) {
    List<Column> columns = new ArrayList<>();
    boolean[] groupMissing = new boolean[Arrays.stream(data.group()).max().orElse(-1) + 1];
    for (int f = 0; f < data.features(); f++) {
      double[] v = data.values()[f];
      double sum = 0;
      double squares = 0;
      int present = 0;
      for (double value : v) {
        if (!Double.isNaN(value)) {
          sum += value;
          squares += value * value;
          present++;
        }
      }
      boolean numeric = data.numeric()[f];
      double mean = numeric && present > 0 ? sum / present : 0;
      double variance = present > 0 ? squares / present - mean * mean : 0;
      double scale = numeric && variance > 1e-12 ? Math.sqrt(variance) : 1;
      columns.add(new Column(f, false, mean, scale));
      int group = data.group()[f];
      if (present < v.length && !groupMissing[group]) {
        groupMissing[group] = true;
        columns.add(new Column(f, true, 0, 1));
      }
    }
    return columns;
  }

  private static boolean[] pick(boolean[] labels, int[] rows) {
    boolean[] picked = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = labels[rows[i]];
    }
    return picked;
  }

  /** Returns the mean negative log-likelihood of the probabilities. */
  static double logLoss(double[] p, boolean[] labels) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double q = Math.min(1 - 1e-15, Math.max(1e-15, p[i]));
      sum -= labels[i] ? Math.log(q) : Math.log(1 - q);
    }
    return sum / p.length;
  }

  /** The design rows as non-zero entries; entry 0 of every row is the intercept. */
  record Sparse(int[][] index, double[][] value, int columns) {
    static Sparse of(FeatureMatrix data, List<Column> design) {
      int n = data.rows();
      int[][] index = new int[n][];
      double[][] value = new double[n][];
      int[] idx = new int[design.size() + 1];
      double[] val = new double[design.size() + 1];
      for (int i = 0; i < n; i++) {
        int nz = 0;
        idx[nz] = 0;
        val[nz++] = 1;
        for (int c = 0; c < design.size(); c++) {
          Column column = design.get(c);
          double raw = data.values()[column.feature()][i];
          double x =
              column.missing()
                  ? (Double.isNaN(raw) ? 1 : 0)
                  : (Double.isNaN(raw) ? 0 : (raw - column.mean()) / column.scale());
          if (x != 0) {
            idx[nz] = c + 1;
            val[nz++] = x;
          }
        }
        index[i] = Arrays.copyOf(idx, nz);
        value[i] = Arrays.copyOf(val, nz);
      }
      return new Sparse(index, value, design.size() + 1);
    }

    int rows() {
      return index.length;
    }

    double dot(int row, double[] beta) {
      double sum = 0;
      int[] idx = index[row];
      double[] val = value[row];
      for (int j = 0; j < idx.length; j++) {
        sum += val[j] * beta[idx[j]];
      }
      return sum;
    }
  }
}
