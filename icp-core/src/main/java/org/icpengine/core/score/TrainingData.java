package org.icpengine.core.score;

import java.util.List;
import java.util.Objects;

/**
 * Rows as bin codes, one array per feature, with the ideal label. Bin 0 of every feature is
 * "unknown" (a missing value); codes are unsigned bytes, so a feature has at most 256 bins.
 *
 * @param names the feature names, in feature order
 * @param binCounts the number of bins of each feature
 * @param codes {@code codes[feature][row]}, the bin of each row
 * @param labels whether each row is ideal
 */
public record TrainingData(List<String> names, int[] binCounts, byte[][] codes, boolean[] labels) {
  /** The most bins a feature may have. */
  public static final int MAX_BINS = 256;

  /** Checks that the arrays agree. */
  public TrainingData {
    names = List.copyOf(names);
    Objects.requireNonNull(labels, "labels");
    if (binCounts.length != names.size() || codes.length != names.size()) {
      throw new IllegalArgumentException("one bin count and one code array per feature");
    }
    for (int f = 0; f < codes.length; f++) {
      if (codes[f].length != labels.length) {
        throw new IllegalArgumentException("feature " + names.get(f) + " has the wrong row count");
      }
      if (binCounts[f] < 1 || binCounts[f] > MAX_BINS) {
        throw new IllegalArgumentException("feature " + names.get(f) + " needs 1 to 256 bins");
      }
    }
  }

  /** Returns the number of rows. */
  public int rows() {
    return labels.length;
  }

  /** Returns the number of features. */
  public int features() {
    return names.size();
  }

  /** Returns the bin of a row for a feature. */
  public int code(int feature, int row) {
    return codes[feature][row] & 0xFF;
  }

  /** Returns the number of ideal rows. */
  public int positives() {
    int count = 0;
    for (boolean label : labels) {
      if (label) {
        count++;
      }
    }
    return count;
  }

  /** Returns the given rows, in the given order, as a new data set. */
  public TrainingData rows(int[] rows) {
    byte[][] picked = new byte[codes.length][rows.length];
    boolean[] pickedLabels = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      pickedLabels[i] = labels[rows[i]];
      for (int f = 0; f < codes.length; f++) {
        picked[f][i] = codes[f][rows[i]];
      }
    }
    return new TrainingData(names, binCounts.clone(), picked, pickedLabels);
  }

  /** Returns the given features only, in the given order. */
  public TrainingData features(int[] features) {
    String[] pickedNames = new String[features.length];
    int[] pickedBins = new int[features.length];
    byte[][] picked = new byte[features.length][];
    for (int i = 0; i < features.length; i++) {
      pickedNames[i] = names.get(features[i]);
      pickedBins[i] = binCounts[features[i]];
      picked[i] = codes[features[i]];
    }
    return new TrainingData(List.of(pickedNames), pickedBins, picked, labels);
  }
}
