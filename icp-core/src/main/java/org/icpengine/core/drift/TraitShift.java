package org.icpengine.core.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.icpengine.core.discovery.Lifts;
import org.icpengine.core.stats.Figure;

/**
 * How one trait moved between a reference and a current sample ("what changed"): its lift (ideal
 * rate with the trait over the overall rate, Katz interval of the risk ratio, see {@link Lifts}) in
 * each, and the p-value that the two risk ratios differ (z-test on their logs, independent
 * samples). The kind of change:
 *
 * <ul>
 *   <li>published in both: strengthened or weakened (further from or nearer to 1) when p &lt; 0.05,
 *       else held;
 *   <li>published only now: appeared when p &lt; 0.05 or absent before, else held;
 *   <li>published only before: vanished when its current interval holds 1 (or it has no accounts
 *       now), else strengthened or weakened when p &lt; 0.05, else held.
 * </ul>
 *
 * @param condition the trait in words
 * @param change the kind of change
 * @param reference the lift in the reference, missing when it has no such account
 * @param current the lift now, missing when there is no such account
 * @param pValue the p-value that the lifts differ, NaN when one is missing
 */
public record TraitShift(
    String condition, Change change, Figure reference, Figure current, double pValue) {
  private static final double SIGNIFICANT = 0.05;

  /** The kinds of change. */
  public enum Change {
    APPEARED,
    VANISHED,
    STRENGTHENED,
    WEAKENED,
    HELD
  }

  /**
   * Compares every trait published in either sample, changes first, by p-value.
   *
   * @param reference each trait's counts in the reference, by condition
   * @param current each trait's counts now, by condition
   */
  public static List<TraitShift> compare(
      Map<String, TraitCounts> reference, Map<String, TraitCounts> current) {
    Set<String> conditions = new LinkedHashSet<>();
    reference.values().stream()
        .filter(TraitCounts::published)
        .forEach(t -> conditions.add(t.condition()));
    current.values().stream()
        .filter(TraitCounts::published)
        .forEach(t -> conditions.add(t.condition()));
    List<TraitShift> shifts = new ArrayList<>();
    for (String condition : conditions) {
      shifts.add(of(condition, reference.get(condition), current.get(condition)));
    }
    shifts.sort(
        Comparator.comparing((TraitShift s) -> s.change() == Change.HELD)
            .thenComparingDouble(s -> Double.isNaN(s.pValue()) ? 0 : s.pValue()));
    return shifts;
  }

  static TraitShift of(String condition, TraitCounts before, TraitCounts now) {
    double[] r = logRatio(before);
    double[] c = logRatio(now);
    double p = Double.NaN;
    if (r != null && c != null) {
      double z = (c[0] - r[0]) / Math.sqrt(r[1] + c[1]);
      p = Math.min(1, 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z)));
    }
    Figure liftBefore = lift(before);
    Figure liftNow = lift(now);
    boolean wasPublished = before != null && before.published();
    boolean isPublished = now != null && now.published();
    boolean significant = p < SIGNIFICANT;
    boolean further = r != null && c != null && Math.abs(c[0]) > Math.abs(r[0]);
    Change change;
    if (wasPublished
        && !isPublished
        && (!liftNow.isPresent() || liftNow.low() <= 1 && liftNow.high() >= 1)) {
      change = Change.VANISHED;
    } else if (!wasPublished && isPublished) {
      change = significant || r == null ? Change.APPEARED : Change.HELD;
    } else if (significant) {
      change = further ? Change.STRENGTHENED : Change.WEAKENED;
    } else {
      change = Change.HELD;
    }
    return new TraitShift(condition, change, liftBefore, liftNow, p);
  }

  private static Figure lift(TraitCounts t) {
    if (t == null || t.inside() == 0 || t.inside() == t.rows()) {
      return Figure.missing();
    }
    return Lifts.of(
        t.insideIdeal(),
        t.inside(),
        t.ideal() - t.insideIdeal(),
        t.rows() - t.inside(),
        0,
        Double.NaN);
  }

  /** The log risk ratio of inside over rest and its Katz variance, or null when undefined. */
  private static double[] logRatio(TraitCounts t) {
    if (t == null || t.inside() == 0 || t.inside() == t.rows() || t.ideal() == 0) {
      return null;
    }
    double a = t.insideIdeal();
    double n1 = t.inside();
    double c = t.ideal() - t.insideIdeal();
    double n2 = t.rows() - t.inside();
    if (a == 0 || c == 0) {
      a += 0.5;
      c += 0.5;
      n1 += 1;
      n2 += 1;
    }
    return new double[] {Math.log((a / n1) / (c / n2)), 1 / a - 1 / n1 + 1 / c - 1 / n2};
  }
}
