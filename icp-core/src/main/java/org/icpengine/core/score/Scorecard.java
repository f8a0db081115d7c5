package org.icpengine.core.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fit score as a points table. The calibrated log-odds of an account, relative to an average
 * account, times a factor F gives its points: {@code score = 50 + F · (logit − reference)}, where F
 * is chosen so that the reference population spreads over the 0–100 range. Each bin of each
 * feature, and each cell of each interaction, carries whole points, so the points of an account add
 * up exactly to its score; a sum outside 0–100 is capped and the cap is itself reported.
 *
 * @param factor F, the points per unit of log-odds
 * @param referenceLogit the calibrated log-odds of an average account (score 50)
 * @param mainPoints the points of each bin of each feature
 * @param pairs the interaction terms' structure (their values are in {@code pairPoints})
 * @param pairPoints the points of each group cell of each interaction
 * @param tiers the tier thresholds
 */
public record Scorecard(
    double factor,
    double referenceLogit,
    List<int[]> mainPoints,
    List<PairTerm> pairs,
    List<int[][]> pairPoints,
    Tiers tiers) {
  /** The score of an average account. */
  public static final int BASE = 50;

  /** The scores the reference population's middle 96 % are spread over, around 50. */
  private static final double HALF_SPREAD = 45;

  /** Copies the lists. */
  public Scorecard {
    mainPoints = List.copyOf(mainPoints);
    pairs = List.copyOf(pairs);
    pairPoints = List.copyOf(pairPoints);
  }

  /**
   * One account's score and where its points come from.
   *
   * @param score the score, 0–100
   * @param mainPoints the points from each feature
   * @param pairPoints the points from each interaction
   * @param capped the points taken off (negative) or added (positive) by capping to 0–100
   */
  public record Scored(int score, int[] mainPoints, int[] pairPoints, int capped) {}

  /** Builds the points table of a calibrated model, with tiers set on the reference rows. */
  public static Scorecard of(
      AdditiveModel model, Platt platt, TrainingData reference, double[] tierShares) {
    double[] logits = model.logits(reference);
    double[] relative = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      relative[i] = platt.slope() * (logits[i] - model.intercept());
    }
    double[] sorted = relative.clone();
    Arrays.sort(sorted);
    double low = sorted[(int) Math.floor(0.02 * (sorted.length - 1))];
    double high = sorted[(int) Math.ceil(0.98 * (sorted.length - 1))];
    double spread = Math.max(Math.max(Math.abs(low), Math.abs(high)), 0.05);
    double factor = HALF_SPREAD / spread;
    double scale = factor * platt.slope();
    List<int[]> mains = new ArrayList<>();
    for (double[] shape : model.mains()) {
      int[] points = new int[shape.length];
      for (int b = 0; b < shape.length; b++) {
        points[b] = (int) Math.round(scale * shape[b]);
      }
      mains.add(points);
    }
    List<int[][]> pairPoints = new ArrayList<>();
    for (PairTerm pair : model.pairs()) {
      int[][] points = new int[pair.values().length][];
      for (int x = 0; x < points.length; x++) {
        points[x] = new int[pair.values()[x].length];
        for (int y = 0; y < points[x].length; y++) {
          points[x][y] = (int) Math.round(scale * pair.values()[x][y]);
        }
      }
      pairPoints.add(points);
    }
    double referenceLogit = platt.apply(model.intercept());
    Scorecard untiered =
        new Scorecard(factor, referenceLogit, mains, model.pairs(), pairPoints, new Tiers(3, 2, 1));
    Tiers tiers = Tiers.fromScores(untiered.scores(reference), tierShares);
    return new Scorecard(factor, referenceLogit, mains, model.pairs(), pairPoints, tiers);
  }

  /** Returns the score of one row and its points by term. */
  public Scored scored(TrainingData data, int row) {
    int[] main = new int[mainPoints.size()];
    int sum = BASE;
    for (int f = 0; f < main.length; f++) {
      main[f] = mainPoints.get(f)[data.code(f, row)];
      sum += main[f];
    }
    int[] pair = new int[pairs.size()];
    for (int k = 0; k < pair.length; k++) {
      PairTerm term = pairs.get(k);
      pair[k] =
          pairPoints
              .get(k)[term.firstGroups()[data.code(term.first(), row)]][
              term.secondGroups()[data.code(term.second(), row)]];
      sum += pair[k];
    }
    int score = Math.max(0, Math.min(100, sum));
    return new Scored(score, main, pair, score - sum);
  }

  /** Returns the scores of every row, column by column. */
  public int[] scores(TrainingData data) {
    int[] sums = new int[data.rows()];
    Arrays.fill(sums, BASE);
    for (int f = 0; f < mainPoints.size(); f++) {
      int[] points = mainPoints.get(f);
      byte[] codes = data.codes()[f];
      for (int i = 0; i < sums.length; i++) {
        sums[i] += points[codes[i] & 0xFF];
      }
    }
    for (int k = 0; k < pairs.size(); k++) {
      PairTerm term = pairs.get(k);
      int[][] points = pairPoints.get(k);
      byte[] a = data.codes()[term.first()];
      byte[] b = data.codes()[term.second()];
      for (int i = 0; i < sums.length; i++) {
        sums[i] += points[term.firstGroups()[a[i] & 0xFF]][term.secondGroups()[b[i] & 0xFF]];
      }
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] = Math.max(0, Math.min(100, sums[i]));
    }
    return sums;
  }

  /**
   * Returns each feature's importance: the mean absolute points its main effect gives the rows. The
   * share of the total a row's known features hold is its coverage.
   */
  public double[] importance(TrainingData data) {
    double[] importance = new double[mainPoints.size()];
    for (int f = 0; f < importance.length; f++) {
      int[] points = mainPoints.get(f);
      long sum = 0;
      for (byte code : data.codes()[f]) {
        sum += Math.abs(points[code & 0xFF]);
      }
      importance[f] = data.rows() == 0 ? 0 : (double) sum / data.rows();
    }
    return importance;
  }

  /** Returns the calibrated probability of being ideal at a score. */
  public double probability(int score) {
    return Sigmoid.exact(referenceLogit + (score - BASE) / factor);
  }
}
