package org.icpengine.data.fit;

/**
 * How to train and judge the fit score.
 *
 * @param holdoutShare the share of each class held out to judge the score, in (0, 1)
 * @param seed the seed of the split and of training
 * @param engagementInFit whether behavioural columns feed the fit score rather than a separate
 *     engagement score
 */
public record FitOptions(double holdoutShare, long seed, boolean engagementInFit) {
  /** Checks the share. */
  public FitOptions {
    if (!(holdoutShare > 0 && holdoutShare < 1)) {
      throw new IllegalArgumentException("the held-out share must be between 0 and 1");
    }
  }

  /** Returns the defaults: 30 % held out, seed 42, engagement apart. */
  public static FitOptions defaults() {
    return new FitOptions(0.3, 42, false);
  }
}
