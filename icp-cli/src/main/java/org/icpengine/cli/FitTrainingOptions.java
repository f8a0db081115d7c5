package org.icpengine.cli;

import org.icpengine.data.InputException;
import org.icpengine.data.fit.FitOptions;
import picocli.CommandLine.Option;

/** The options of commands that train the fit score: derive and evaluate. */
public final class FitTrainingOptions {
  @Option(
      names = "--holdout",
      paramLabel = "SHARE",
      defaultValue = "0.3",
      description =
          "Share of accounts held out (stratified) to judge the fit score (default:"
              + " ${DEFAULT-VALUE})")
  double holdout;

  @Option(
      names = "--engagement-in-fit",
      description =
          "Let behavioural columns (visits, usage, email activity) feed the fit score instead of"
              + " a separate engagement score")
  boolean engagementInFit;

  /** Returns the fit options, with the command's seed. */
  public FitOptions fitOptions(long seed) {
    if (!(holdout >= 0.05 && holdout <= 0.5)) {
      throw new InputException("--holdout must be between 0.05 and 0.5, not " + holdout);
    }
    return new FitOptions(holdout, seed, engagementInFit);
  }
}
