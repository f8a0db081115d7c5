package org.icpengine.core.score;

/**
 * Platt calibration: {@code p = σ(slope · logit + intercept)}, fitted by Newton's method on the
 * log-loss. Being linear on the log-odds it keeps an additive model additive.
 *
 * @param slope the factor on the model's log-odds
 * @param intercept the shift of the log-odds
 */
public record Platt(double slope, double intercept) {
  /** The identity calibration. */
  public static final Platt NONE = new Platt(1, 0);

  /** Returns the calibrated log-odds. */
  public double apply(double logit) {
    return slope * logit + intercept;
  }

  /** Fits the calibration to the model's log-odds and the labels. */
  public static Platt fit(double[] logits, boolean[] labels) {
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 50; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (int i = 0; i < logits.length; i++) {
        double z = logits[i];
        double p = Sigmoid.exact(a * z + b);
        double r = (labels[i] ? 1 : 0) - p;
        double w = p * (1 - p);
        ga += r * z;
        gb += r;
        haa += w * z * z;
        hab += w * z;
        hbb += w;
      }
      double determinant = haa * hbb - hab * hab;
      if (determinant <= 0) {
        break;
      }
      double da = (hbb * ga - hab * gb) / determinant;
      double db = (haa * gb - hab * ga) / determinant;
      a += da;
      b += db;
      if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
        break;
      }
    }
    return new Platt(a, b);
  }
}
