package org.icpengine.core.drift;

/**
 * How far one attribute moved between the reference and the current sample.
 *
 * @param attribute the attribute's bins and counts
 * @param psi the population stability index, see {@link Divergences#psi}
 * @param js the Jensen–Shannon distance, see {@link Divergences#jensenShannon}
 * @param test the test of homogeneity of the bin counts
 * @param qValue the Benjamini–Hochberg q-value of the test across the attributes checked together
 * @param alarm whether the shift is both significant and material ({@link DriftRule})
 */
public record AttributeDrift(
    BinnedAttribute attribute,
    double psi,
    double js,
    Homogeneity.Result test,
    double qValue,
    boolean alarm) {}
