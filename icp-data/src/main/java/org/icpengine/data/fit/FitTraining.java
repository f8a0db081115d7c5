package org.icpengine.data.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.evaluation.Calibration;
import org.icpengine.core.evaluation.ScoreMetrics;
import org.icpengine.core.evaluation.TierTable;
import org.icpengine.core.evaluation.WoeScorecard;
import org.icpengine.core.score.EbmOptions;
import org.icpengine.core.score.FitModel;
import org.icpengine.core.score.Split;
import org.icpengine.core.score.Tiers;
import org.icpengine.core.score.TrainingData;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.model.clean.Spellings;
import org.icpengine.model.document.FitEvaluation;
import org.icpengine.model.document.ModelFigures;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * Trains the fit score on a dataset whose ideal flags are evaluated, and judges it on held-out rows
 * beside the weight-of-evidence scorecard: the rows are split (stratified, seeded), both models
 * learn from the training part (a seeded sample of at most {@value #MAX_TRAIN_ROWS} rows), and the
 * tiers are fixed on every row of the file, the reference population.
 */
public final class FitTraining {
  /** Training uses at most this many rows; more add little to an additive model. */
  public static final int MAX_TRAIN_ROWS = 100_000;

  /**
   * Files with more rows are trained and judged on a seeded sample of this many: the training part
   * is capped anyway, and the held-out part and the tiers' reference need no more.
   */
  public static final int MAX_ROWS = 300_000;

  private static final int CALIBRATION_BINS = 10;

  /** A trained, published and judged fit score. */
  public record Result(ScoreModel model, FitEvaluation evaluation) {
    /**
     * Returns the result with the model's training support saying what its rows were (recorded as
     * {@link TrainingSupport.Base#ACCOUNTS} by {@link #train}, which does not know the ideal).
     */
    public Result withBase(TrainingSupport.Base base) {
      return new Result(
          model.withSupport(
              model.support().map(s -> new TrainingSupport(s.rows(), base, s.columns()))),
          evaluation);
    }
  }

  private FitTraining() {}

  /**
   * Trains and judges the score on the given attribute columns.
   *
   * @throws InputException when no attribute can feed the score
   */
  public static Result train(
      Dataset dataset,
      List<ColumnProfile> columns,
      List<Disqualifier> disqualifiers,
      FitOptions options) {
    FitAttributes.Choice choice = FitAttributes.build(dataset, columns, options.engagementInFit());
    if (choice.fit().isEmpty()) {
      throw new InputException(
          "no attribute is left to score with (every column is an outcome, excluded, behavioural"
              + " or free text): check --exclude, or map a column as an attribute");
    }
    // one read of the sample for both scores: the engagement attributes' codes ride along
    TrainingData both = FitRows.read(dataset, choice.all(), MAX_ROWS, options.seed());
    TrainingData all = both.features(range(0, choice.fit().size()));
    Split split = Split.stratified(all.labels(), options.holdoutShare(), options.seed());
    int[] trainRows = capped(split.train(), all.labels(), options.seed());
    TrainingData train = all.rows(trainRows);
    TrainingData holdout = all.rows(split.holdout());
    EbmOptions ebm = EbmOptions.defaults(options.seed());
    HonestFit.Result honest =
        HonestFit.train(choice.fit(), choice.cuts(choice.fit()), train, holdout, all, ebm);
    FitModel fit = honest.model();
    boolean[] disqualifiedHoldout = disqualified(choice.fit(), disqualifiers, holdout);
    char[] fitTiers =
        tiers(fit.scorecard().scores(holdout), fit.scorecard().tiers(), disqualifiedHoldout);
    ModelFigures fitFigures =
        figures("ICP fit score", fit.probabilities(holdout), fitTiers, holdout.labels());
    WoeScorecard woe = WoeScorecard.train(train);
    double[] woeTrain = woe.probabilities(train);
    double[] woeHoldout = woe.probabilities(holdout);
    ModelFigures baseline =
        figures(
            "Weight-of-evidence logistic regression",
            woeHoldout,
            tiersByShare(woeTrain, woeHoldout),
            holdout.labels());
    Optional<PriorityTraining.Result> sides =
        choice.engagement().isEmpty()
            ? Optional.empty()
            : Optional.of(
                PriorityTraining.train(
                    choice,
                    new PriorityTraining.Rows(
                        both, choice.fit().size(), trainRows, split.holdout(), fitTiers),
                    ebm));
    PointsTable table = honest.table(choice.fit(), train);
    ScoreModel model =
        new ScoreModel(
                table,
                fit.scorecard().tiers(),
                usable(choice.fit(), disqualifiers),
                sides.map(PriorityTraining.Result::engagement))
            .withPriority(sides.map(PriorityTraining.Result::priority))
            .withSupport(
                Optional.of(
                    SupportSql.read(
                        dataset,
                        table.attributes().stream().map(PointsTable.Scored::attribute).toList(),
                        TrainingSupport.Base.ACCOUNTS)));
    List<String> signals = new ArrayList<>();
    for (PointsTable.Scored scored : table.attributes()) {
      scored.missingSignal().ifPresent(s -> signals.add(scored.attribute().name()));
    }
    FitEvaluation evaluation =
        new FitEvaluation(
            options.holdoutShare(),
            options.seed(),
            train.rows(),
            holdout.rows(),
            fitFigures,
            baseline,
            ScoreMetrics.of(fit.model().probabilities(holdout), holdout.labels()).auc(),
            sides.map(PriorityTraining.Result::engagementAuc),
            new FitEvaluation.Honesty(
                honest.aucTrained(),
                honest.aucHonest(),
                honest.aucReadable(),
                honest.maxRanges(),
                honest.monotone(),
                signals),
            sides.map(PriorityTraining.Result::sides));
    return new Result(model, evaluation);
  }

  static ModelFigures figures(String name, double[] probabilities, char[] tiers, boolean[] labels) {
    return new ModelFigures(
        name,
        ScoreMetrics.of(probabilities, labels),
        TierTable.of(tiers, probabilities, labels),
        Calibration.bins(probabilities, labels, CALIBRATION_BINS));
  }

  private static char[] tiers(int[] scores, Tiers tiers, boolean[] disqualified) {
    char[] letters = new char[scores.length];
    for (int i = 0; i < scores.length; i++) {
      letters[i] = disqualified[i] ? 'D' : tiers.tier(scores[i]);
    }
    return letters;
  }

  /** Tiers for a probability model: the same shares as the fit score, fixed on training rows. */
  static char[] tiersByShare(double[] reference, double[] probabilities) {
    double[] sorted = reference.clone();
    Arrays.sort(sorted);
    double[] cut = new double[3];
    double cumulative = 0;
    for (int t = 0; t < 3; t++) {
      cumulative += Tiers.DEFAULT_SHARES[t];
      cut[t] = sorted[Math.max(0, sorted.length - (int) Math.ceil(cumulative * sorted.length))];
    }
    char[] letters = new char[probabilities.length];
    for (int i = 0; i < letters.length; i++) {
      double p = probabilities[i];
      letters[i] = p >= cut[0] ? 'A' : p >= cut[1] ? 'B' : p >= cut[2] ? 'C' : 'D';
    }
    return letters;
  }

  /** Returns the features {@code from} (inclusive) to {@code to} (exclusive). */
  static int[] range(int from, int to) {
    return java.util.stream.IntStream.range(from, to).toArray();
  }

  private static int[] capped(int[] rows, boolean[] labels, long seed) {
    if (rows.length <= MAX_TRAIN_ROWS) {
      return rows;
    }
    boolean[] sub = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sub[i] = labels[rows[i]];
    }
    double drop = 1 - (double) MAX_TRAIN_ROWS / rows.length;
    int[] kept = Split.stratified(sub, drop, seed + 1).train();
    int[] picked = new int[kept.length];
    for (int i = 0; i < kept.length; i++) {
      picked[i] = rows[kept[i]];
    }
    return picked;
  }

  /** The disqualifiers whose column and value the fit attributes know. */
  private static List<Disqualifier> usable(
      List<FitAttribute> attributes, List<Disqualifier> disqualifiers) {
    List<Disqualifier> usable = new ArrayList<>();
    for (Disqualifier rule : disqualifiers) {
      if (bin(attributes, rule).isPresent()) {
        usable.add(rule);
      }
    }
    return usable;
  }

  /** The attribute and bin a disqualifier matches, as {attribute, bin}. */
  static Optional<int[]> bin(List<FitAttribute> attributes, Disqualifier rule) {
    String key = Spellings.key(rule.value());
    for (int f = 0; f < attributes.size(); f++) {
      FitAttribute attribute = attributes.get(f);
      if (!attribute.column().equals(rule.column())) {
        continue;
      }
      for (int l = 0; l < attribute.levels().size(); l++) {
        if (Spellings.key(attribute.levels().get(l)).equals(key)) {
          return Optional.of(new int[] {f, l + 1});
        }
      }
    }
    return Optional.empty();
  }

  private static boolean[] disqualified(
      List<FitAttribute> attributes, List<Disqualifier> rules, TrainingData data) {
    boolean[] flags = new boolean[data.rows()];
    for (Disqualifier rule : rules) {
      bin(attributes, rule)
          .ifPresent(
              fb -> {
                for (int i = 0; i < flags.length; i++) {
                  flags[i] |= data.code(fb[0], i) == fb[1];
                }
              });
    }
    return flags;
  }
}
