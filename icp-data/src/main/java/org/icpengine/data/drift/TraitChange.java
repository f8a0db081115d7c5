package org.icpengine.data.drift;

import org.icpengine.core.stats.Figure;

/**
 * How one trait moved between the reference and the current file.
 *
 * @param condition the trait in words, e.g. "industry is Fintech"
 * @param change strengthened, weakened, appeared, vanished or held
 * @param reference the trait's lift among the reference's accounts, missing if it has none there
 * @param current the trait's lift among the current accounts, missing if it has none there
 * @param pValue the p-value that the two lifts differ (z-test on the log lifts), NaN when one is
 *     missing
 */
public record TraitChange(
    String condition, Change change, Figure reference, Figure current, double pValue) {
  /** The kinds of change. */
  public enum Change {
    STRENGTHENED,
    WEAKENED,
    APPEARED,
    VANISHED,
    HELD
  }
}
