package org.icpengine.data.icp;

import java.util.Optional;
import java.util.Set;
import org.icpengine.data.fit.FitOptions;

/**
 * How to derive an ICP.
 *
 * @param ideal the ideal expression, or empty for the default definition
 * @param excluded columns never used as traits
 * @param reincluded likely-leaky columns the user re-includes
 * @param maxDepth the most traits in one segment, 1 to 3
 * @param seed the seed of the discovery/confirmation split, and of the fit score's training
 * @param fit how the fit score is trained and judged
 */
public record DeriveOptions(
    Optional<String> ideal,
    Set<String> excluded,
    Set<String> reincluded,
    int maxDepth,
    long seed,
    FitOptions fit) {

  /** Checks the depth and copies the sets. */
  public DeriveOptions {
    if (maxDepth < 1 || maxDepth > 3) {
      throw new IllegalArgumentException("max depth must be 1, 2 or 3, not " + maxDepth);
    }
    excluded = Set.copyOf(excluded);
    reincluded = Set.copyOf(reincluded);
  }

  /** Returns the defaults: default ideal, nothing excluded, depth 3, seed 42, 30 % held out. */
  public static DeriveOptions defaults() {
    return new DeriveOptions(Optional.empty(), Set.of(), Set.of(), 3, 42, FitOptions.defaults());
  }
}
