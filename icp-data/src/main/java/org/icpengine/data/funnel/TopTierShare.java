package org.icpengine.data.funnel;

import java.util.List;
import org.icpengine.core.stats.Figure;

/**
 * How much of the pipeline and bookings comes from the best tiers, beside their share of the
 * opportunities: when A+B bring 30 % of the opportunities but 60 % of the bookings, the ICP points
 * at where the money is.
 *
 * @param tiers the tiers counted, A and B
 * @param opportunities their share of the scored opportunities, Wilson interval
 * @param pipeline their share of the open pipeline's amount, ratio-estimator interval (Rates#share)
 * @param bookings their share of the won amount, ratio-estimator interval
 * @param wonDeals their share of the won deals, Wilson interval
 */
public record TopTierShare(
    List<String> tiers, Figure opportunities, Figure pipeline, Figure bookings, Figure wonDeals) {

  /** Copies the tiers. */
  public TopTierShare {
    tiers = List.copyOf(tiers);
  }
}
