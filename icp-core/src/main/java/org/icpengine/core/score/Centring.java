package org.icpengine.core.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves the row-weighted mean of every term into the intercept, so that a term's value says how
 * much a bin raises or lowers the log-odds against an average account; the model's predictions do
 * not change.
 */
final class Centring {
  private Centring() {}

  static AdditiveModel centre(AdditiveModel model, TrainingData data) {
    double intercept = model.intercept();
    int rows = data.rows();
    List<double[]> mains = new ArrayList<>();
    for (int f = 0; f < model.mains().size(); f++) {
      double[] shape = model.mains().get(f).clone();
      long[] counts = new long[shape.length];
      for (byte code : data.codes()[f]) {
        counts[code & 0xFF]++;
      }
      double mean = 0;
      for (int b = 0; b < shape.length; b++) {
        mean += counts[b] * shape[b] / rows;
      }
      for (int b = 0; b < shape.length; b++) {
        shape[b] -= mean;
      }
      intercept += mean;
      mains.add(shape);
    }
    List<PairTerm> pairs = new ArrayList<>();
    for (PairTerm pair : model.pairs()) {
      double[][] values = new double[pair.values().length][];
      for (int x = 0; x < values.length; x++) {
        values[x] = pair.values()[x].clone();
      }
      byte[] a = data.codes()[pair.first()];
      byte[] b = data.codes()[pair.second()];
      double mean = 0;
      for (int i = 0; i < rows; i++) {
        mean += values[pair.firstGroups()[a[i] & 0xFF]][pair.secondGroups()[b[i] & 0xFF]];
      }
      mean /= rows;
      for (double[] row : values) {
        for (int y = 0; y < row.length; y++) {
          row[y] -= mean;
        }
      }
      intercept += mean;
      pairs.add(
          new PairTerm(
              pair.first(), pair.second(), pair.firstGroups(), pair.secondGroups(), values));
    }
    return new AdditiveModel(intercept, mains, pairs);
  }
}
