package org.icpengine.core.evaluation;

import java.util.Arrays;

/**
 * Maximum-likelihood logistic regression by Newton's method (iteratively reweighted least squares)
 * with an optional ridge penalty on the coefficients (never on the intercept).
 *
 * <p>Each step solves {@code (X'WX + λI) δ = X'(y − p) − λβ} by Cholesky decomposition and halves
 * the step while it lowers the penalised log-likelihood. The fit stops when a step changes the
 * penalised log-likelihood by less than {@code tolerance · (1 + |ℓ|)}. It starts from the
 * intercept-only fit ({@code logit} of the ideal rate, coefficients zero). Each step costs O(rows ·
 * columns²); everything runs sequentially, so fits are deterministic.
 */
final class LogisticRegression {
  private static final int MAX_HALVINGS = 30;

  private LogisticRegression() {}

  /**
   * Fits {@code P(y) = σ(β0 + Σ βj xj)}.
   *
   * @param penalty the ridge weight λ on the coefficients, {@code >= 0}
   * @throws IllegalArgumentException if the labels are all one class or the sizes disagree
   */
  static LogisticFit fit(
      Design design, boolean[] labels, double penalty, int maxIterations, double tolerance) {
    int n = design.rows();
    if (labels.length != n) {
      throw new IllegalArgumentException("one label per row: " + labels.length + " vs " + n);
    }
    int positives = 0;
    for (boolean label : labels) {
      positives += label ? 1 : 0;
    }
    if (positives == 0 || positives == n) {
      throw new IllegalArgumentException("logistic regression needs both ideal and other rows");
    }
    int k = design.columns() + 1;
    double[] beta = new double[k];
    beta[0] = Math.log((double) positives / (n - positives));
    Pass current = Pass.at(design, labels, penalty, beta);
    int iteration = 0;
    boolean converged = false;
    while (iteration < maxIterations && !converged) {
      iteration++;
      double[] step = Cholesky.solve(current.information, current.gradient);
      if (step == null) {
        double[] missing = new double[k];
        Arrays.fill(missing, Double.NaN);
        return new LogisticFit(missing, Double.NaN, iteration, false);
      }
      double scale = 1;
      Pass next = Pass.at(design, labels, penalty, plus(beta, step, scale));
      for (int h = 0; h < MAX_HALVINGS && !(next.logLikelihood >= current.logLikelihood); h++) {
        scale /= 2;
        next = Pass.at(design, labels, penalty, plus(beta, step, scale));
      }
      if (!(next.logLikelihood >= current.logLikelihood)) {
        // No step improves: already at the optimum to working precision.
        converged = Double.isFinite(current.logLikelihood);
        break;
      }
      double change = next.logLikelihood - current.logLikelihood;
      beta = next.beta;
      current = next;
      converged = change < tolerance * (1 + Math.abs(current.logLikelihood));
    }
    return new LogisticFit(beta, current.logLikelihood, iteration, converged);
  }

  private static double[] plus(double[] beta, double[] step, double scale) {
    double[] moved = new double[beta.length];
    for (int j = 0; j < beta.length; j++) {
      moved[j] = beta[j] + scale * step[j];
    }
    return moved;
  }

  /** Returns the logistic function {@code 1 / (1 + e^-eta)}. */
  static double sigmoid(double eta) {
    if (eta >= 0) {
      return 1 / (1 + Math.exp(-eta));
    }
    double e = Math.exp(eta);
    return e / (1 + e);
  }

  /** One pass over the rows: penalised log-likelihood, its gradient and the information matrix. */
  private static final class Pass {
    final double[] beta;
    final double logLikelihood;
    final double[] gradient;
    final double[][] information;

    private Pass(double[] beta, double logLikelihood, double[] gradient, double[][] information) {
      this.beta = beta;
      this.logLikelihood = logLikelihood;
      this.gradient = gradient;
      this.information = information;
    }

    static Pass at(Design design, boolean[] labels, double penalty, double[] beta) {
      int k = beta.length;
      double[] x = new double[k];
      double[] row = new double[k - 1];
      double[] gradient = new double[k];
      double[][] information = new double[k][k];
      double logLikelihood = 0;
      x[0] = 1;
      for (int i = 0; i < labels.length; i++) {
        design.fill(i, row);
        System.arraycopy(row, 0, x, 1, k - 1);
        double eta = 0;
        for (int j = 0; j < k; j++) {
          eta += beta[j] * x[j];
        }
        // One exponential serves both the probability and log(1 + e^eta), without overflow.
        double e = Math.exp(-Math.abs(eta));
        double p = eta >= 0 ? 1 / (1 + e) : e / (1 + e);
        double y = labels[i] ? 1 : 0;
        logLikelihood += y * eta - Math.max(eta, 0) - Math.log(1 + e);
        double residual = y - p;
        double weight = p * (1 - p);
        for (int a = 0; a < k; a++) {
          double xa = x[a];
          if (xa == 0) {
            continue;
          }
          gradient[a] += residual * xa;
          double wa = weight * xa;
          double[] line = information[a];
          for (int b = a; b < k; b++) {
            line[b] += wa * x[b];
          }
        }
      }
      for (int j = 1; j < k; j++) {
        logLikelihood -= penalty / 2 * beta[j] * beta[j];
        gradient[j] -= penalty * beta[j];
        information[j][j] += penalty;
      }
      return new Pass(beta, logLikelihood, gradient, information);
    }
  }
}
