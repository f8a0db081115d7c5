package org.icpengine.core.score;

/**
 * How the additive model is boosted. The defaults follow the Explainable Boosting Machine's, with a
 * larger learning rate so that a 2-core machine trains 100,000 rows in well under a minute.
 *
 * @param bags the bagged copies averaged into the model
 * @param learningRate the share of each Newton step taken per round
 * @param maxRounds the most boosting rounds per bag
 * @param patience rounds without a better validation loss before a bag stops
 * @param validationShare the share of each bag's rows used for early stopping
 * @param interactions the most pairwise interaction terms (0 for main effects only)
 * @param interactionGroups the most value groups per attribute in an interaction table
 * @param regularisation the L2 penalty on each leaf, in units of the Hessian
 * @param threads the threads the bags run on
 * @param seed the seed of every random choice; equal seeds give equal models
 */
public record EbmOptions(
    int bags,
    double learningRate,
    int maxRounds,
    int patience,
    double validationShare,
    int interactions,
    int interactionGroups,
    double regularisation,
    int threads,
    long seed) {
  /** Checks the options. */
  public EbmOptions {
    if (bags < 1 || maxRounds < 1 || patience < 1 || threads < 1) {
      throw new IllegalArgumentException("bags, rounds, patience and threads must be positive");
    }
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("the learning rate must be in (0, 1]: " + learningRate);
    }
    if (!(validationShare > 0 && validationShare < 1)) {
      throw new IllegalArgumentException("the validation share must be in (0, 1)");
    }
    if (interactions < 0 || interactionGroups < 2 || interactionGroups > 16) {
      throw new IllegalArgumentException("interactions ≥ 0 and 2 to 16 groups per attribute");
    }
  }

  /** Returns the defaults with the given seed: 8 bags, rate 0.04, up to 10 interactions. */
  public static EbmOptions defaults(long seed) {
    return new EbmOptions(
        8,
        0.04,
        3000,
        50,
        0.15,
        10,
        16,
        2.0,
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        seed);
  }

  /** Returns these options with another number of interactions. */
  public EbmOptions withInteractions(int count) {
    return new EbmOptions(
        bags,
        learningRate,
        maxRounds,
        patience,
        validationShare,
        count,
        interactionGroups,
        regularisation,
        threads,
        seed);
  }

  /** Returns these options with another number of bags. */
  public EbmOptions withBags(int count) {
    return new EbmOptions(
        count,
        learningRate,
        maxRounds,
        patience,
        validationShare,
        interactions,
        interactionGroups,
        regularisation,
        threads,
        seed);
  }
}
