package org.icpengine.data.icp;

import java.util.List;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.stats.Figure;

/**
 * One trait of the ICP: a condition on one attribute that marks ideal customers (positive) or makes
 * an account unlikely to be ideal (negative, a disqualifier).
 *
 * @param attribute the column
 * @param category the attribute's category label
 * @param condition the condition in words
 * @param direction "positive" or "negative"
 * @param lift the ideal rate inside over the overall rate, with its 95 % interval and p-value, on
 *     the confirmation half
 * @param qValue the false-discovery-adjusted p-value
 * @param support the number of accounts that meet the condition
 * @param supportShare support as a share of all accounts
 * @param idealCoverage the share of ideal accounts that meet the condition
 * @param inside the economics of the accounts that meet the condition, compared with the rest
 * @param uses how teams use the trait
 */
public record Trait(
    String attribute,
    String category,
    String condition,
    String direction,
    Figure lift,
    double qValue,
    long support,
    double supportShare,
    double idealCoverage,
    CohortFigures inside,
    List<String> uses) {

  /** Copies the list. */
  public Trait {
    uses = List.copyOf(uses);
  }
}
