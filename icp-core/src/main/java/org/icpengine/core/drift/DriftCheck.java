package org.icpengine.core.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole drift check of a score model between a reference and a current sample: the model's
 * attributes, the tier mix and the score deciles are tested as one family (q-values across all of
 * them), so the top-level alarm is held to {@link DriftRule} once; performance is measured beside.
 *
 * @param population the attributes' drift
 * @param score the score's drift
 * @param performance the performance on both samples
 * @param alarm whether an attribute, the tier mix or the score deciles raised an alarm
 */
public record DriftCheck(
    PopulationDrift population, ScoreDrift score, PerformanceDrift performance, boolean alarm) {

  /**
   * Checks the samples, {@code attributes} holding the model attributes' bins in both.
   *
   * @param seed seeds the permutation nulls
   * @throws IllegalArgumentException when the reference has no scored row or a side is empty
   */
  public static DriftCheck of(
      List<BinnedAttribute> attributes, ScoredSample reference, ScoredSample current, long seed) {
    List<BinnedAttribute> family = new ArrayList<>(attributes);
    family.addAll(ScoreDrift.bins(reference, current));
    PopulationDrift all = PopulationDrift.of(family, seed);
    int m = attributes.size();
    List<AttributeDrift> drifts = all.attributes();
    PopulationDrift population =
        new PopulationDrift(
            drifts.subList(0, m), drifts.subList(0, m).stream().anyMatch(AttributeDrift::alarm));
    ScoreDrift score = ScoreDrift.of(drifts.get(m), drifts.get(m + 1), reference, current);
    return new DriftCheck(population, score, PerformanceDrift.of(reference, current), all.alarm());
  }
}
