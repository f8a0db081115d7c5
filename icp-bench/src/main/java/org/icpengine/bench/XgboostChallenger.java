package org.icpengine.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The gradient-boosted-trees challenger (XGBoost4J), with near-default parameters: up to {@value
 * #ROUNDS} rounds at learning rate 0.1 and depth 4, stopping early when the validation log-loss has
 * not improved for {@value #PATIENCE} rounds, and predicting with the best round's trees. Missing
 * values are NaN, which XGBoost routes by its learnt default directions.
 */
final class XgboostChallenger {
  static final int ROUNDS = 300;
  static final int PATIENCE = 20;

  /**
   * The held-out probabilities and the round early stopping chose.
   *
   * @param bestRound the best validation round, counted from 1
   */
  record Result(double[] probabilities, int bestRound) {}

  private XgboostChallenger() {}

  /** Returns the parameters, in XGBoost's names. */
  static Map<String, Object> parameters(long seed) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("objective", "binary:logistic");
    params.put("eta", 0.1);
    params.put("max_depth", 4);
    params.put("tree_method", "hist");
    params.put("eval_metric", "logloss");
    params.put("nthread", 2);
    params.put("seed", seed);
    params.put("verbosity", 0);
    // xgboost4j compares this one with the string "false"
    params.put("verbose_eval", "false");
    return params;
  }

  /**
   * Trains on {@code fit}, stops early on {@code validation} and predicts {@code holdout}.
   *
   * @throws IllegalStateException when XGBoost fails
   */
  static Result run(
      FeatureMatrix fit,
      boolean[] fitLabels,
      FeatureMatrix validation,
      boolean[] validationLabels,
      FeatureMatrix holdout,
      long seed) {
    DMatrix train = null;
    DMatrix check = null;
    DMatrix test = null;
    Booster booster = null;
    try {
      train = matrix(fit, fitLabels);
      check = matrix(validation, validationLabels);
      test = matrix(holdout, new boolean[holdout.rows()]);
      Map<String, DMatrix> watches = new LinkedHashMap<>();
      watches.put("validation", check);
      booster =
          XGBoost.train(
              train, parameters(seed), ROUNDS, watches, new float[1][ROUNDS], null, null, PATIENCE);
      String best = booster.getAttr("best_iteration");
      int bestRound = best == null ? ROUNDS : Integer.parseInt(best) + 1;
      float[][] predicted = booster.predict(test, false, bestRound);
      double[] probabilities = new double[predicted.length];
      for (int i = 0; i < probabilities.length; i++) {
        probabilities[i] = predicted[i][0];
      }
      return new Result(probabilities, bestRound);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
    } finally {
      dispose(booster, train, check, test);
    }
  }

  private static DMatrix matrix(FeatureMatrix data, boolean[] labels) throws XGBoostError {
    DMatrix matrix = new DMatrix(data.rowMajor(), data.rows(), data.features(), Float.NaN);
    float[] y = new float[labels.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels[i] ? 1 : 0;
    }
    matrix.setLabel(y);
    // plain generated names: XGBoost rejects some characters, and null names crash the JVM
    String[] names = new String[data.features()];
    for (int f = 0; f < names.length; f++) {
      names[f] = "f" + f;
    }
    matrix.setFeatureNames(names);
    return matrix;
  }

  private static void dispose(Booster booster, DMatrix... matrices) {
    if (booster != null) {
      booster.dispose();
    }
    for (DMatrix matrix : matrices) {
      if (matrix != null) {
        matrix.dispose();
      }
    }
  }
}
