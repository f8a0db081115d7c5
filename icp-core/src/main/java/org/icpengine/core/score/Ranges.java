package org.icpengine.core.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Readable shapes for ordered features: the fine bins 1.. of each are merged into a few ranges that
 * may end only where a cut is allowed (round business values, chosen by the caller), each range
 * worth the row-weighted mean of its bins. Where the shape is nearly monotone — the best monotone
 * fit (pool-adjacent-violators) keeps at least {@link #MONOTONE_FIT} of the shape's row-weighted
 * variance over the allowed ranges — it is made monotone. Ranges are then merged, adjacent pair
 * with the least loss first (Ward's criterion on the log-odds, weighted by rows), down to the
 * maximum. Interaction tables of a simplified feature get one value group per range, each cell the
 * row-weighted mean of the cells it replaces. Bin 0 ("unknown") is never merged.
 */
public final class Ranges {
  /** The share of a shape's variance a monotone fit must keep for the shape to be made monotone. */
  public static final double MONOTONE_FIT = 0.9;

  private Ranges() {}

  /**
   * Returns the simplified model.
   *
   * @param model a centred model
   * @param data the rows weighing the bins (the training rows)
   * @param cuts per feature, {@code null} to leave it as it is, or whether a range may end after
   *     each bin ({@code cuts[b]} for bins 1 to the second last; other entries are ignored)
   * @param maxRanges the most ranges per simplified feature, not counting "unknown"
   * @param monotone whether nearly monotone shapes are made monotone
   */
  public static AdditiveModel simplify(
      AdditiveModel model,
      TrainingData data,
      List<boolean[]> cuts,
      int maxRanges,
      boolean monotone) {
    if (maxRanges < 1) {
      throw new IllegalArgumentException("at least one range per feature: " + maxRanges);
    }
    List<double[]> mains = new ArrayList<>();
    int[][] rangeOf = new int[model.mains().size()][];
    for (int f = 0; f < model.mains().size(); f++) {
      double[] shape = model.mains().get(f);
      if (cuts.get(f) == null || shape.length < 3) {
        mains.add(shape.clone());
        continue;
      }
      long[] counts = Missingness.counts(data, f);
      rangeOf[f] = ranges(shape, counts, cuts.get(f), maxRanges, monotone);
      mains.add(values(shape, counts, rangeOf[f]));
    }
    List<PairTerm> pairs = new ArrayList<>();
    for (PairTerm pair : model.pairs()) {
      boolean changed = rangeOf[pair.first()] != null || rangeOf[pair.second()] != null;
      pairs.add(changed ? regroup(pair, data, rangeOf) : pair);
    }
    return Centring.centre(new AdditiveModel(model.intercept(), mains, pairs), data);
  }

  /**
   * Returns the range of each bin: 0 for bin 0, 1.. for the ranges in order.
   *
   * <p>Package-private for tests.
   */
  static int[] ranges(
      double[] shape, long[] counts, boolean[] cuts, int maxRanges, boolean monotone) {
    List<double[]> atoms = new ArrayList<>(); // {first bin, last bin, weight, value}
    int start = 1;
    for (int b = 1; b < shape.length; b++) {
      if (b == shape.length - 1 || cuts[b]) {
        double weight = 0;
        double sum = 0;
        double plain = 0;
        for (int k = start; k <= b; k++) {
          weight += counts[k];
          sum += counts[k] * shape[k];
          plain += shape[k];
        }
        atoms.add(
            new double[] {start, b, weight, weight > 0 ? sum / weight : plain / (b - start + 1)});
        start = b + 1;
      }
    }
    if (monotone) {
      makeMonotone(atoms);
    }
    while (atoms.size() > maxRanges || hasEqualNeighbours(atoms)) {
      int best = cheapestMerge(atoms);
      double[] a = atoms.get(best);
      double[] b = atoms.get(best + 1);
      double weight = a[2] + b[2];
      double value = weight > 0 ? (a[2] * a[3] + b[2] * b[3]) / weight : (a[3] + b[3]) / 2;
      atoms.set(best, new double[] {a[0], b[1], weight, value});
      atoms.remove(best + 1);
    }
    int[] range = new int[shape.length];
    for (int r = 0; r < atoms.size(); r++) {
      for (int k = (int) atoms.get(r)[0]; k <= (int) atoms.get(r)[1]; k++) {
        range[k] = r + 1;
      }
    }
    return range;
  }

  private static boolean hasEqualNeighbours(List<double[]> atoms) {
    for (int i = 1; i < atoms.size(); i++) {
      if (atoms.get(i)[3] == atoms.get(i - 1)[3]) {
        return true;
      }
    }
    return false;
  }

  private static int cheapestMerge(List<double[]> atoms) {
    int best = 0;
    double least = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < atoms.size(); i++) {
      double[] a = atoms.get(i);
      double[] b = atoms.get(i + 1);
      double weight = a[2] + b[2];
      double diff = a[3] - b[3];
      double cost = weight > 0 ? a[2] * b[2] / weight * diff * diff : 0;
      if (cost < least) {
        least = cost;
        best = i;
      }
    }
    return best;
  }

  /** Replaces the atoms' values by the better monotone fit when it keeps enough variance. */
  private static void makeMonotone(List<double[]> atoms) {
    int n = atoms.size();
    double[] w = new double[n];
    double[] v = new double[n];
    double total = 0;
    double mean = 0;
    for (int i = 0; i < n; i++) {
      w[i] = Math.max(atoms.get(i)[2], 1e-9);
      v[i] = atoms.get(i)[3];
      total += w[i];
      mean += w[i] * v[i];
    }
    mean /= total;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      variance += w[i] * (v[i] - mean) * (v[i] - mean);
    }
    double[] up = Isotonic.fit(v, w, true);
    double[] down = Isotonic.fit(v, w, false);
    double[] better = loss(up, v, w) <= loss(down, v, w) ? up : down;
    if (variance == 0 || loss(better, v, w) <= (1 - MONOTONE_FIT) * variance) {
      for (int i = 0; i < n; i++) {
        atoms.get(i)[3] = better[i];
      }
    }
  }

  private static double loss(double[] fit, double[] v, double[] w) {
    double loss = 0;
    for (int i = 0; i < v.length; i++) {
      loss += w[i] * (fit[i] - v[i]) * (fit[i] - v[i]);
    }
    return loss;
  }

  private static double[] values(double[] shape, long[] counts, int[] range) {
    int ranges = Arrays.stream(range).max().orElse(0) + 1;
    double[] sum = new double[ranges];
    double[] weight = new double[ranges];
    double[] plain = new double[ranges];
    int[] bins = new int[ranges];
    for (int b = 1; b < shape.length; b++) {
      sum[range[b]] += counts[b] * shape[b];
      weight[range[b]] += counts[b];
      plain[range[b]] += shape[b];
      bins[range[b]]++;
    }
    double[] merged = new double[shape.length];
    merged[0] = shape[0];
    for (int b = 1; b < shape.length; b++) {
      int r = range[b];
      merged[b] = weight[r] > 0 ? sum[r] / weight[r] : plain[r] / bins[r];
    }
    return merged;
  }

  /** One group per range for each simplified side; cells are row-weighted means of the old ones. */
  private static PairTerm regroup(PairTerm pair, TrainingData data, int[][] rangeOf) {
    int[] first = groups(pair.firstGroups(), rangeOf[pair.first()]);
    int[] second = groups(pair.secondGroups(), rangeOf[pair.second()]);
    int width = Groups.count(second);
    double[][] sum = new double[Groups.count(first)][width];
    long[][] rows = new long[sum.length][width];
    for (int i = 0; i < data.rows(); i++) {
      int a = data.code(pair.first(), i);
      int b = data.code(pair.second(), i);
      sum[first[a]][second[b]] += pair.value(a, b);
      rows[first[a]][second[b]]++;
    }
    double[][] plain = new double[sum.length][width];
    long[][] cells = new long[sum.length][width];
    for (int a = 0; a < first.length; a++) {
      for (int b = 0; b < second.length; b++) {
        plain[first[a]][second[b]] += pair.value(a, b);
        cells[first[a]][second[b]]++;
      }
    }
    double[][] values = new double[sum.length][width];
    for (int x = 0; x < values.length; x++) {
      for (int y = 0; y < width; y++) {
        values[x][y] =
            rows[x][y] > 0
                ? sum[x][y] / rows[x][y]
                : cells[x][y] > 0 ? plain[x][y] / cells[x][y] : 0;
      }
    }
    return new PairTerm(pair.first(), pair.second(), first, second, values);
  }

  private static int[] groups(int[] old, int[] range) {
    return range == null ? old : range.clone();
  }
}
