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
    double[] flatG = new double[ka * kb];
    double[] flatH = new double[ka * kb];
    for (int k = 0; k < a.length; k++) {
      flatG[a[k] * kb + b[k]] += g[k];
      flatH[a[k] * kb + b[k]] += h[k];
    }
    return Quadrants.best(flatG, flatH, ka, kb, lambda).gain();
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
