package org.icpengine.data.icp;

import java.util.List;
import org.icpengine.core.stats.Figure;

/**
 * A segment whose accounts differ in a numeric outcome (LTV, NRR or CAC) from the rest.
 *
 * @param outcome the outcome column
 * @param conditions the conditions, all of which an account meets
 * @param direction "positive" when the segment is better (higher LTV or NRR, lower CAC)
 * @param difference the segment's mean minus the rest's, in the outcome's unit, with its 95 %
 *     interval and the Mann–Whitney p-value, on the confirmation half
 * @param qValue the false-discovery-adjusted p-value
 * @param support the number of accounts in the segment
 */
public record OutcomeFinding(
    String outcome,
    List<String> conditions,
    String direction,
    Figure difference,
    double qValue,
    long support) {

  /** Copies the list. */
  public OutcomeFinding {
    conditions = List.copyOf(conditions);
  }
}
