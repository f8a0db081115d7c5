package org.icpengine.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded binned data with a planted truth: feature 0 (nominal, 6 levels) raises the log-odds for
 * level 2 and lowers it for level 5; feature 1 (ordered, 32 bins) raises it smoothly in its middle;
 * features 2 and 3 interact (both in their top half: +1.5); every other feature is noise. About a
 * twentieth of every feature is unknown (bin 0).
 */
final class PlantedData {
  final TrainingData data;
  final boolean[] ordered;
  final double[] truth;

  private PlantedData(TrainingData data, boolean[] ordered, double[] truth) {
    this.data = data;
    this.ordered = ordered;
    this.truth = truth;
  }

  static PlantedData generate(int rows, int features, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> names = new ArrayList<>();
    int[] bins = new int[features];
    boolean[] ordered = new boolean[features];
    byte[][] codes = new byte[features][rows];
    for (int f = 0; f < features; f++) {
      names.add("f" + f);
      ordered[f] = f % 2 == 1;
      bins[f] = ordered[f] ? 33 : 7;
      for (int i = 0; i < rows; i++) {
        codes[f][i] = (byte) (random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(bins[f] - 1));
      }
    }
    boolean[] labels = new boolean[rows];
    double[] truth = new double[rows];
    for (int i = 0; i < rows; i++) {
      double logit = -2.0;
      int f0 = codes[0][i];
      logit += f0 == 3 ? 1.4 : f0 == 6 ? -1.2 : 0;
      int f1 = codes[1][i];
      if (f1 > 0) {
        logit += 1.2 * Math.exp(-Math.pow((f1 - 16) / 6.0, 2));
      }
      if (features > 3 && codes[2][i] >= 4 && codes[3][i] >= 17) {
        logit += 1.5;
      }
      truth[i] = 1 / (1 + Math.exp(-logit));
      labels[i] = random.nextDouble() < truth[i];
    }
    return new PlantedData(new TrainingData(names, bins, codes, labels), ordered, truth);
  }
}
