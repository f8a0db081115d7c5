package org.icpengine.core.score;

import java.util.Arrays;
import java.util.List;

/**
 * Cyclic gradient boosting of one lookup table per term on the log-loss, with early stopping on a
 * validation part: each round visits every term in turn, sums the gradients and Hessians of its
 * cells and takes a shrunken Newton step. An ordered term's cells (bin 1 upwards; cell 0 is
 * "unknown" and always its own leaf) are split into at most three contiguous leaves, as the
 * Explainable Boosting Machine's shallow trees do, which keeps shape functions smooth; any other
 * term steps every cell on its own.
 */
final class Booster {
  private final List<byte[]> trainCells;
  private final List<byte[]> validationCells;
  private final int[] cellCounts;
  private final boolean[] ordered;
  private final int[] widths;
  private final double[] trainY;
  private final double[] validationY;
  private final double[] trainLogits;
  private final double[] validationLogits;
  private final EbmOptions options;

  /** A boosting run's tables and the number of rounds that gave the best validation loss. */
  record Result(double[][] tables, int rounds) {}

  Booster(
      List<byte[]> trainCells,
      List<byte[]> validationCells,
      int[] cellCounts,
      boolean[] ordered,
      int[] widths,
      double[] trainY,
      double[] validationY,
      double[] trainOffsets,
      double[] validationOffsets,
      EbmOptions options) {
    this.trainCells = trainCells;
    this.validationCells = validationCells;
    this.cellCounts = cellCounts;
    this.ordered = ordered;
    this.widths = widths;
    this.trainY = trainY;
    this.validationY = validationY;
    this.trainLogits = trainOffsets.clone();
    this.validationLogits = validationOffsets.clone();
    this.options = options;
  }

  Result run() {
    int terms = cellCounts.length;
    double[][] tables = new double[terms][];
    double[][] best = new double[terms][];
    for (int t = 0; t < terms; t++) {
      tables[t] = new double[cellCounts[t]];
      best[t] = new double[cellCounts[t]];
    }
    double bestLoss = validationLoss();
    int bestRound = 0;
    double[] gradients = new double[TrainingData.MAX_BINS];
    double[] hessians = new double[TrainingData.MAX_BINS];
    int pendingTerm = -1;
    double[] pending = null;
    for (int round = 1; round <= options.maxRounds(); round++) {
      for (int t = 0; t < terms; t++) {
        Arrays.fill(gradients, 0, cellCounts[t], 0);
        Arrays.fill(hessians, 0, cellCounts[t], 0);
        histogram(t, pendingTerm, pending, gradients, hessians);
        double[] step =
            widths[t] > 0
                ? quadrantStep(gradients, hessians, t)
                : ordered[t] ? treeStep(gradients, hessians, t) : cellStep(gradients, hessians, t);
        for (int c = 0; c < step.length; c++) {
          tables[t][c] += step[c];
        }
        byte[] cells = validationCells.get(t);
        for (int i = 0; i < validationLogits.length; i++) {
          validationLogits[i] += step[cells[i] & 0xFF];
        }
        pendingTerm = t;
        pending = step;
      }
      double loss = validationLoss();
      if (loss < bestLoss - 1e-12) {
        bestLoss = loss;
        bestRound = round;
        for (int t = 0; t < terms; t++) {
          System.arraycopy(tables[t], 0, best[t], 0, tables[t].length);
        }
      } else if (round - bestRound >= options.patience()) {
        break;
      }
    }
    return new Result(best, bestRound);
  }

  /**
   * Applies the previous term's pending step to the training log-odds and, in the same pass, sums
   * the gradient and Hessian of the log-loss per cell of term {@code t}.
   */
  private void histogram(int t, int pendingTerm, double[] pending, double[] g, double[] h) {
    byte[] cells = trainCells.get(t);
    double[] logits = trainLogits;
    double[] y = trainY;
    if (pending == null) {
      for (int i = 0; i < logits.length; i++) {
        double p = Sigmoid.of(logits[i]);
        int c = cells[i] & 0xFF;
        g[c] += y[i] - p;
        h[c] += p * (1 - p);
      }
      return;
    }
    byte[] previous = trainCells.get(pendingTerm);
    for (int i = 0; i < logits.length; i++) {
      double logit = logits[i] + pending[previous[i] & 0xFF];
      logits[i] = logit;
      double p = Sigmoid.of(logit);
      int c = cells[i] & 0xFF;
      g[c] += y[i] - p;
      h[c] += p * (1 - p);
    }
  }

  private double[] cellStep(double[] g, double[] h, int t) {
    double[] step = new double[cellCounts[t]];
    double lambda = options.regularisation();
    for (int c = 0; c < step.length; c++) {
      if (h[c] > 0) {
        step[c] = options.learningRate() * g[c] / (h[c] + lambda);
      }
    }
    return step;
  }

  /** Cell 0 on its own; cells 1.. in at most three contiguous leaves with the largest gain. */
  private double[] treeStep(double[] g, double[] h, int t) {
    int n = cellCounts[t];
    double lambda = options.regularisation();
    double rate = options.learningRate();
    double[] step = new double[n];
    if (h[0] > 0) {
      step[0] = rate * g[0] / (h[0] + lambda);
    }
    if (n < 2) {
      return step;
    }
    double[] cg = new double[n];
    double[] ch = new double[n];
    for (int c = 1; c < n; c++) {
      cg[c] = cg[c - 1] + g[c];
      ch[c] = ch[c - 1] + h[c];
    }
    double total = gain(cg[n - 1], ch[n - 1], lambda);
    int bestFirst = n - 1;
    int bestSecond = n - 1;
    double bestGain = total;
    for (int a = 1; a < n - 1; a++) {
      double left = gain(cg[a], ch[a], lambda);
      double two = left + gain(cg[n - 1] - cg[a], ch[n - 1] - ch[a], lambda);
      if (two > bestGain && ch[a] > 0 && ch[n - 1] - ch[a] > 0) {
        bestGain = two;
        bestFirst = a;
        bestSecond = n - 1;
      }
      for (int b = a + 1; b < n - 1; b++) {
        double mh = ch[b] - ch[a];
        double rh = ch[n - 1] - ch[b];
        if (ch[a] <= 0 || mh <= 0 || rh <= 0) {
          continue;
        }
        double three = left + gain(cg[b] - cg[a], mh, lambda) + gain(cg[n - 1] - cg[b], rh, lambda);
        if (three > bestGain) {
          bestGain = three;
          bestFirst = a;
          bestSecond = b;
        }
      }
    }
    fill(step, 1, bestFirst, cg[bestFirst], ch[bestFirst], rate, lambda);
    if (bestFirst < n - 1) {
      fill(
          step,
          bestFirst + 1,
          bestSecond,
          cg[bestSecond] - cg[bestFirst],
          ch[bestSecond] - ch[bestFirst],
          rate,
          lambda);
    }
    if (bestSecond < n - 1) {
      fill(
          step,
          bestSecond + 1,
          n - 1,
          cg[n - 1] - cg[bestSecond],
          ch[n - 1] - ch[bestSecond],
          rate,
          lambda);
    }
    return step;
  }

  /**
   * For an interaction table (rows × {@code widths[t]} columns of groups): the best split into four
   * quadrants by one cut on each side, as FAST ranks pairs, each quadrant one leaf.
   */
  private double[] quadrantStep(double[] g, double[] h, int t) {
    int kb = widths[t];
    int ka = cellCounts[t] / kb;
    double lambda = options.regularisation();
    Quadrants split = Quadrants.best(g, h, ka, kb, lambda);
    double[] quadrantG = new double[4];
    double[] quadrantH = new double[4];
    for (int i = 0; i < ka; i++) {
      for (int j = 0; j < kb; j++) {
        int q = split.quadrant(i, j);
        quadrantG[q] += g[i * kb + j];
        quadrantH[q] += h[i * kb + j];
      }
    }
    double[] step = new double[cellCounts[t]];
    for (int i = 0; i < ka; i++) {
      for (int j = 0; j < kb; j++) {
        int q = split.quadrant(i, j);
        step[i * kb + j] = options.learningRate() * quadrantG[q] / (quadrantH[q] + lambda);
      }
    }
    return step;
  }

  private static double gain(double g, double h, double lambda) {
    return g * g / (h + lambda);
  }

  private static void fill(
      double[] step, int from, int to, double g, double h, double rate, double lambda) {
    double value = h > 0 ? rate * g / (h + lambda) : 0;
    for (int c = from; c <= to; c++) {
      step[c] = value;
    }
  }

  private double validationLoss() {
    double loss = 0;
    for (int i = 0; i < validationLogits.length; i++) {
      double z = validationLogits[i];
      // log(1 + e^z) − y·z, computed stably
      double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      loss += softplus - validationY[i] * z;
    }
    return loss;
  }
}
