package org.icpengine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.icpengine.core.evaluation.ScoreMetrics;
import org.icpengine.core.evaluation.WoeScorecard;
import org.icpengine.core.score.EbmOptions;
import org.icpengine.core.score.FitModel;
import org.icpengine.core.score.Split;
import org.icpengine.core.score.TrainingData;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.data.fit.FitAttributes;
import org.icpengine.model.document.FitEvaluation;
import org.icpengine.data.fit.FitOptions;
import org.icpengine.data.fit.FitRows;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.document.SideBySide;
import org.icpengine.data.traits.TraitColumns;

/**
 * Trains every model of the score-quality benchmark on one dataset and measures its AUC on the same
 * held-out rows: a stratified {@value #HOLDOUT} share, seed {@value #SEED}. XGBoost stops early,
 * and logistic regression chooses its penalty, on one stratified {@value #VALIDATION} slice of the
 * training rows; the fit score and the weight-of-evidence scorecard learn from every training row
 * (the fit score holds out its own early-stopping rows inside each bag).
 */
final class QualityRun {
  static final long SEED = 42;
  static final double HOLDOUT = 0.3;
  static final double VALIDATION = 0.15;

  /** One model's held-out AUC and the seconds it took to train (and predict). */
  record Model(String name, double auc, double seconds, String note) {}

  /**
   * What one dataset gave.
   *
   * @param source the dataset
   * @param rows the rows of the file
   * @param ideal the ideal definition as evaluated
   * @param excluded the columns left out, each with its reason
   * @param deriveExcludes the columns derive's own rules leave out when nothing is excluded
   * @param usedColumns the attribute columns every model sees
   * @param attributes the fit attributes made of them
   * @param features the number of raw features of XGBoost and logistic regression
   * @param train the number of training rows
   * @param holdout the number of held-out rows
   * @param models the models, the fit score first
   */
  record Result(
      QualitySource source,
      long rows,
      IdealDefinition ideal,
      List<TraitColumns.Exclusion> excluded,
      List<String> deriveExcludes,
      int usedColumns,
      int attributes,
      int features,
      int train,
      int holdout,
      List<Model> models) {
    /** Returns the model of the given name. */
    Model model(String name) {
      return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
  }

  static final String FIT = "ICP fit score (whole points)";
  static final String UNROUNDED = "ICP model before rounding";
  static final String WOE = "WoE scorecard";
  static final String XGBOOST = "XGBoost";
  static final String LOGISTIC = "Logistic regression (L2)";
  static final String FIT_ALONE = "ICP fit score as derived";
  static final String ENGAGEMENT = "ICP engagement score";
  static final String PRIORITY = "ICP priority (fit × engagement)";
  static final String ORACLE = "Planted oracle";

  private QualityRun() {}

  /** Runs every model on the dataset in a fresh engine. */
  static Result run(QualitySource source) {
    try (Engine engine = Engine.open("4GB", EngineAccess.reading(source.file()))) {
      Dataset dataset = Dataset.open(engine, source.file(), DatasetOptions.defaults());
      IdealDefinition ideal = Ideals.evaluate(dataset, source.ideal());
      TraitColumns.Choice choice = TraitColumns.choose(dataset, ideal, source.excluded(), Set.of());
      List<FitAttribute> attributes = FitAttributes.build(dataset, choice.used(), true).fit();
      TrainingData all = FitRows.read(dataset, attributes);
      FeatureMatrix features = FeatureMatrix.of(dataset, attributes, all);
      Split split = Split.stratified(all.labels(), HOLDOUT, SEED);
      TrainingData train = all.rows(split.train());
      TrainingData holdout = all.rows(split.holdout());
      List<Model> models = new ArrayList<>();
      models.addAll(ours(attributes, all, train, holdout));
      models.add(woe(train, holdout));
      Split slice = Split.stratified(train.labels(), VALIDATION, SEED);
      FeatureMatrix trainFeatures = features.rows(split.train());
      FeatureMatrix holdoutFeatures = features.rows(split.holdout());
      models.add(xgboost(trainFeatures, train.labels(), slice, holdoutFeatures, holdout.labels()));
      models.add(logistic(trainFeatures, train.labels(), slice, holdoutFeatures, holdout.labels()));
      models.addAll(product(dataset, choice, holdout.rows()));
      if (source.planted()) {
        models.add(oracle(attributes, train, holdout));
      }
      return new Result(
          source,
          dataset.rows(),
          ideal,
          choice.excluded(),
          TraitColumns.choose(dataset, ideal, Set.of(), Set.of()).excluded().stream()
              .map(TraitColumns.Exclusion::column)
              .toList(),
          choice.used().size(),
          attributes.size(),
          features.features(),
          train.rows(),
          holdout.rows(),
          models);
    }
  }

  private static List<Model> ours(
      List<FitAttribute> attributes, TrainingData all, TrainingData train, TrainingData holdout) {
    long start = System.nanoTime();
    FitModel fit =
        FitModel.train(train, FitRows.ordered(attributes), EbmOptions.defaults(SEED), all);
    double seconds = Seconds.since(start);
    int mainRounds = fit.trained().mainRounds().stream().mapToInt(Integer::intValue).sum();
    String note =
        String.format(
            "%d bags, %d pair terms, %d main rounds in all",
            EbmOptions.defaults(SEED).bags(), fit.trained().model().pairs().size(), mainRounds);
    return List.of(
        new Model(FIT, auc(fit.probabilities(holdout), holdout.labels()), seconds, note),
        new Model(
            UNROUNDED,
            auc(fit.trained().model().probabilities(holdout), holdout.labels()),
            seconds,
            "the same training"));
  }

  /**
   * The product as {@code icp derive} trains it, on the same split: the fit score without
   * behavioural columns (unknowns honest, readable ranges, whole points), the engagement score and
   * the priority; without behavioural columns the priority is the fit score.
   */
  private static List<Model> product(Dataset dataset, TraitColumns.Choice choice, int holdoutRows) {
    long start = System.nanoTime();
    FitTraining.Result result =
        FitTraining.train(dataset, choice.used(), List.of(), new FitOptions(HOLDOUT, SEED, false));
    double seconds = Seconds.since(start);
    FitEvaluation evaluation = result.evaluation();
    if (evaluation.holdoutRows() != holdoutRows) {
      throw new IllegalStateException(
          "derive held out " + evaluation.holdoutRows() + " rows, the benchmark " + holdoutRows);
    }
    double fit = evaluation.fit().metrics().auc();
    List<Model> models = new ArrayList<>();
    models.add(
        new Model(
            FIT_ALONE,
            fit,
            seconds,
            result.model().fit().attributes().size() + " attributes, no behavioural column"));
    if (evaluation.sides().isEmpty()) {
      models.add(new Model(ENGAGEMENT, Double.NaN, 0, "no behavioural column"));
      models.add(new Model(PRIORITY, fit, 0, "no behavioural column: the fit score"));
      return models;
    }
    SideBySide sides = evaluation.sides().get();
    models.add(
        new Model(
            ENGAGEMENT,
            sides.engagement().metrics().auc(),
            seconds,
            result.model().engagement().orElseThrow().attributes().size() + " attributes"));
    PointsTable priority = result.model().priority().orElseThrow().points();
    models.add(
        new Model(
            PRIORITY,
            sides.priority().metrics().auc(),
            seconds,
            String.format(
                "%d attributes, %d pair terms; whole points (training: fit, engagement and"
                    + " priority together)",
                priority.attributes().size(), priority.interactions().size())));
    return models;
  }

  private static Model oracle(
      List<FitAttribute> attributes, TrainingData train, TrainingData holdout) {
    long start = System.nanoTime();
    double[] p = PlantedOracle.train(attributes, train).probabilities(holdout);
    return new Model(
        ORACLE,
        auc(p, holdout.labels()),
        Seconds.since(start),
        "ideal rate per cell of the planted structure (industry × head-count band × Snowflake)");
  }

  private static Model woe(TrainingData train, TrainingData holdout) {
    long start = System.nanoTime();
    WoeScorecard woe = WoeScorecard.train(train);
    double[] p = woe.probabilities(holdout);
    double seconds = Seconds.since(start);
    return new Model(
        WOE,
        auc(p, holdout.labels()),
        seconds,
        woe.keptFeatures().size() + " of " + train.features() + " attributes kept");
  }

  private static Model xgboost(
      FeatureMatrix train, boolean[] labels, Split slice, FeatureMatrix holdout, boolean[] y) {
    long start = System.nanoTime();
    XgboostChallenger.Result result =
        XgboostChallenger.run(
            train.rows(slice.train()),
            pick(labels, slice.train()),
            train.rows(slice.holdout()),
            pick(labels, slice.holdout()),
            holdout,
            SEED);
    double seconds = Seconds.since(start);
    return new Model(
        XGBOOST,
        auc(result.probabilities(), y),
        seconds,
        "best round " + result.bestRound() + " of " + XgboostChallenger.ROUNDS);
  }

  private static Model logistic(
      FeatureMatrix train, boolean[] labels, Split slice, FeatureMatrix holdout, boolean[] y) {
    long start = System.nanoTime();
    RidgeLogistic.Tuned tuned = RidgeLogistic.tune(train, labels, slice.holdout());
    double[] p = tuned.model().probabilities(holdout);
    double seconds = Seconds.since(start);
    return new Model(
        LOGISTIC,
        auc(p, y),
        seconds,
        String.format(
            "λ = %s of %d values tried, %d design columns",
            tuned.penalty(), RidgeLogistic.PENALTIES.length, tuned.model().designColumns()));
  }

  private static boolean[] pick(boolean[] labels, int[] rows) {
    boolean[] picked = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      picked[i] = labels[rows[i]];
    }
    return picked;
  }

  private static double auc(double[] probabilities, boolean[] labels) {
    return ScoreMetrics.of(probabilities, labels).auc();
  }
}
