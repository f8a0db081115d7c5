package org.icpengine.core.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ranks feature pairs by the FAST heuristic (Lou, Caruana, Gehrke, Hooker 2013): on the residuals
 * of the main effects, the gain of the best split of a pair's two-dimensional table into four
 * quadrants, one cut on each feature's group order. Pairs are kept when that gain beats the one
 * expected from noise (a χ²-like floor of a few Hessian-weighted units).
 */
final class Fast {
  /** A pair's gain must exceed this many units of the log-loss to be considered at all. */
  private static final double MIN_GAIN = 30.0;

  private Fast() {}

  /** Returns the best pairs, most gain first, as {first, second} feature indexes. */
  static List<int[]> rank(
      TrainingData data, double[] logits, List<int[]> groups, EbmOptions options, int maxRows) {
    int[] rows = sample(data.rows(), maxRows, options.seed());
    double[] g = new double[rows.length];
    double[] h = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      double p = Sigmoid.of(logits[rows[k]]);
      g[k] = (data.labels()[rows[k]] ? 1 : 0) - p;
      h[k] = p * (1 - p);
    }
    int features = data.features();
    int[][] rowGroups = new int[features][rows.length];
    int[] counts = new int[features];
    for (int f = 0; f < features; f++) {
      int[] map = groups.get(f);
      counts[f] = Groups.count(map);
      byte[] codes = data.codes()[f];
      for (int k = 0; k < rows.length; k++) {
        rowGroups[f][k] = map[codes[rows[k]] & 0xFF];
      }
    }
    List<double[]> scored = new ArrayList<>();
    double lambda = options.regularisation();
    for (int a = 0; a < features; a++) {
      for (int b = a + 1; b < features; b++) {
        if (counts[a] < 2 || counts[b] < 2) {
          continue;
        }
        double gain = gain(rowGroups[a], rowGroups[b], counts[a], counts[b], g, h, lambda);
        if (gain > MIN_GAIN) {
          scored.add(new double[] {gain, a, b});
        }
      }
    }
    scored.sort(
        Comparator.<double[]>comparingDouble(s -> -s[0])
            .thenComparingDouble(s -> s[1])
            .thenComparingDouble(s -> s[2]));
    List<int[]> best = new ArrayList<>();
    for (int k = 0; k < Math.min(options.interactions(), scored.size()); k++) {
      best.add(new int[] {(int) scored.get(k)[1], (int) scored.get(k)[2]});
    }
    return best;
  }

  /** The gain of the best four-quadrant split over one constant for the whole table. */
  static double gain(int[] a, int[] b, int ka, int kb, double[] g, double[] h, double lambda) {
    double[][] tg = new double[ka][kb];
    double[][] th = new double[ka][kb];
    for (int k = 0; k < a.length; k++) {
      tg[a[k]][b[k]] += g[k];
      th[a[k]][b[k]] += h[k];
    }
    // cumulative sums: sg[i][j] = sum over rows ≤ i, columns ≤ j
    double[][] sg = new double[ka][kb];
    double[][] sh = new double[ka][kb];
    for (int i = 0; i < ka; i++) {
      double rowG = 0;
      double rowH = 0;
      for (int j = 0; j < kb; j++) {
        rowG += tg[i][j];
        rowH += th[i][j];
        sg[i][j] = rowG + (i > 0 ? sg[i - 1][j] : 0);
        sh[i][j] = rowH + (i > 0 ? sh[i - 1][j] : 0);
      }
    }
    double totalG = sg[ka - 1][kb - 1];
    double totalH = sh[ka - 1][kb - 1];
    double none = totalG * totalG / (totalH + lambda);
    double best = 0;
    for (int i = 0; i < ka - 1; i++) {
      for (int j = 0; j < kb - 1; j++) {
        double g11 = sg[i][j];
        double h11 = sh[i][j];
        double g1x = sg[i][kb - 1];
        double h1x = sh[i][kb - 1];
        double gx1 = sg[ka - 1][j];
        double hx1 = sh[ka - 1][j];
        double g12 = g1x - g11;
        double h12 = h1x - h11;
        double g21 = gx1 - g11;
        double h21 = hx1 - h11;
        double g22 = totalG - g1x - gx1 + g11;
        double h22 = totalH - h1x - hx1 + h11;
        double split =
            g11 * g11 / (h11 + lambda)
                + g12 * g12 / (h12 + lambda)
                + g21 * g21 / (h21 + lambda)
                + g22 * g22 / (h22 + lambda);
        best = Math.max(best, split - none);
      }
    }
    return best;
  }

  private static int[] sample(int rows, int maxRows, long seed) {
    if (rows <= maxRows) {
      int[] all = new int[rows];
      for (int i = 0; i < rows; i++) {
        all[i] = i;
      }
      return all;
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int[] picked = new int[maxRows];
    for (int i = 0; i < maxRows; i++) {
      picked[i] = i;
    }
    for (int i = maxRows; i < rows; i++) {
      int j = random.nextInt(i + 1);
      if (j < maxRows) {
        picked[j] = i;
      }
    }
    java.util.Arrays.sort(picked);
    return picked;
  }
}
