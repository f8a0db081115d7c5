package org.icpengine.core.evaluation;

/**
 * A fitted logistic regression.
 *
 * @param coefficients the intercept first, then one coefficient per design column; all NaN when the
 *     normal equations were singular
 * @param logLikelihood the penalised log-likelihood at the coefficients
 * @param iterations the Newton steps taken
 * @param converged whether the log-likelihood change fell below the tolerance
 */
record LogisticFit(
    double[] coefficients, double logLikelihood, int iterations, boolean converged) {}
