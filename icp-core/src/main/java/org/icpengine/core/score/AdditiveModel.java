package org.icpengine.core.score;

import java.util.List;

/**
 * A model on the log-odds scale: an intercept, one shape function per feature (a value per bin) and
 * pairwise interaction tables. Every term is centred on the training rows, so an average account
 * has a log-odds of about the intercept.
 *
 * @param intercept the log-odds when every term is zero
 * @param mains the contribution of each bin of each feature
 * @param pairs the interaction terms
 */
public record AdditiveModel(double intercept, List<double[]> mains, List<PairTerm> pairs) {
  /** Copies the lists. */
  public AdditiveModel {
    mains = List.copyOf(mains);
    pairs = List.copyOf(pairs);
  }

  /** Returns the log-odds of one row. */
  public double logit(TrainingData data, int row) {
    double sum = intercept;
    for (int f = 0; f < mains.size(); f++) {
      sum += mains.get(f)[data.code(f, row)];
    }
    for (PairTerm pair : pairs) {
      sum += pair.value(data.code(pair.first(), row), data.code(pair.second(), row));
    }
    return sum;
  }

  /** Returns the log-odds of every row. */
  public double[] logits(TrainingData data) {
    double[] logits = new double[data.rows()];
    java.util.Arrays.fill(logits, intercept);
    for (int f = 0; f < mains.size(); f++) {
      double[] shape = mains.get(f);
      byte[] codes = data.codes()[f];
      for (int i = 0; i < logits.length; i++) {
        logits[i] += shape[codes[i] & 0xFF];
      }
    }
    for (PairTerm pair : pairs) {
      byte[] a = data.codes()[pair.first()];
      byte[] b = data.codes()[pair.second()];
      for (int i = 0; i < logits.length; i++) {
        logits[i] += pair.value(a[i] & 0xFF, b[i] & 0xFF);
      }
    }
    return logits;
  }

  /** Returns the probability of every row. */
  public double[] probabilities(TrainingData data) {
    double[] logits = logits(data);
    for (int i = 0; i < logits.length; i++) {
      logits[i] = Sigmoid.exact(logits[i]);
    }
    return logits;
  }
}
