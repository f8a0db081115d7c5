package org.icpengine.data.icp;

import java.util.List;
import org.icpengine.core.stats.Figure;

/**
 * A combination of up to three traits that together mark ideal (or disqualified) accounts.
 *
 * @param conditions the conditions, all of which an account meets
 * @param direction "positive" or "negative"
 * @param lift the lift with its 95 % interval and p-value, on the confirmation half
 * @param qValue the false-discovery-adjusted p-value
 * @param support the number of accounts in the segment
 * @param idealCoverage the share of ideal accounts in the segment
 */
public record IcpSegment(
    List<String> conditions,
    String direction,
    Figure lift,
    double qValue,
    long support,
    double idealCoverage) {

  /** Copies the list. */
  public IcpSegment {
    conditions = List.copyOf(conditions);
  }
}
