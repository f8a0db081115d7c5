package org.icpengine.bench;

/**
 * Newton's method for ridge-penalised logistic regression: each step solves {@code (X'WX + λI) δ =
 * X'(y − p) − λβ} (no penalty on the intercept, column 0) by Cholesky decomposition and halves the
 * step until the penalised log-likelihood does not fall. Starts from the intercept-only fit.
 */
final class Newton {
  private static final int MAX_HALVINGS = 30;

  private Newton() {}

  /** Returns the coefficients, the intercept first. */
  static double[] fit(
      RidgeLogistic.Sparse x, boolean[] labels, double penalty, int maxIterations, double tol) {
    int k = x.columns();
    double[] beta = new double[k];
    int positives = 0;
    for (boolean label : labels) {
      positives += label ? 1 : 0;
    }
    if (positives == 0 || positives == labels.length) {
      throw new IllegalArgumentException("logistic regression needs both classes");
    }
    beta[0] = Math.log((double) positives / (labels.length - positives));
    double current = penalised(x, labels, penalty, beta);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double[][] hessian = new double[k][k];
      double[] gradient = new double[k];
      accumulate(x, labels, beta, hessian, gradient);
      for (int j = 1; j < k; j++) {
        hessian[j][j] += penalty;
        gradient[j] -= penalty * beta[j];
      }
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double scale = 1;
      double[] next = plus(beta, step, scale);
      double value = penalised(x, labels, penalty, next);
      for (int h = 0; h < MAX_HALVINGS && !(value >= current); h++) {
        scale /= 2;
        next = plus(beta, step, scale);
        value = penalised(x, labels, penalty, next);
      }
      if (!(value >= current)) {
        return beta;
      }
      beta = next;
      boolean converged = value - current <= tol * (1 + Math.abs(value));
      current = value;
      if (converged) {
        break;
      }
    }
    return beta;
  }

  /** Adds X'WX (lower triangle, then mirrored) and X'(y − p) over every row. */
  private static void accumulate(
      RidgeLogistic.Sparse x, boolean[] labels, double[] beta, double[][] hessian, double[] grad) {
    for (int i = 0; i < x.rows(); i++) {
      double p = 1 / (1 + Math.exp(-x.dot(i, beta)));
      double w = Math.max(p * (1 - p), 1e-12);
      double residual = (labels[i] ? 1 : 0) - p;
      int[] idx = x.index()[i];
      double[] val = x.value()[i];
      for (int a = 0; a < idx.length; a++) {
        grad[idx[a]] += residual * val[a];
        double wa = w * val[a];
        double[] row = hessian[idx[a]];
        for (int b = 0; b <= a; b++) {
          row[idx[b]] += wa * val[b];
        }
      }
    }
    for (int a = 0; a < hessian.length; a++) {
      for (int b = 0; b < a; b++) {
        hessian[b][a] = hessian[a][b];
      }
    }
  }

  private static double penalised(
      RidgeLogistic.Sparse x, boolean[] labels, double penalty, double[] beta) {
    double sum = 0;
    for (int i = 0; i < x.rows(); i++) {
      double eta = x.dot(i, beta);
      // log σ(η) = −log(1 + e^−η), computed stably on both sides
      double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
      sum += (labels[i] ? eta : 0) - softplus;
    }
    double squares = 0;
    for (int j = 1; j < beta.length; j++) {
      squares += beta[j] * beta[j];
    }
    return sum - penalty * squares / 2;
  }

  private static double[] plus(double[] beta, double[] step, double scale) {
    double[] next = beta.clone();
    for (int j = 0; j < next.length; j++) {
      next[j] += scale * step[j];
    }
    return next;
  }

  /** Solves {@code a x = b} for symmetric positive definite {@code a} (Cholesky). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int m = 0; m < j; m++) {
          sum -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalStateException("the penalised information matrix is singular");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int m = 0; m < i; m++) {
        sum -= l[i][m] * y[m];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int m = i + 1; m < n; m++) {
        sum -= l[m][i] * x[m];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }
}
