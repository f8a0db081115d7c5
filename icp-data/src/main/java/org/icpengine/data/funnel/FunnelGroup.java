package org.icpengine.data.funnel;

import java.util.List;
import java.util.Optional;
import org.icpengine.core.stats.Figure;

/**
 * One cell of the funnel: the opportunities of a tier (or grade), a channel, or both. An empty
 * dimension means "all" (the cell is a margin of the cut). Money is in the files' currency.
 *
 * @param tier the fit tier A–D, {@code unscored} for opportunities the model could not score; empty
 *     when the cell is not cut by tier
 * @param grade the grade ({@code A-high} …) when the cut is by grade
 * @param channel the opportunities' channel ({@code unknown} when empty); empty when not cut by it
 * @param opportunities opportunities in the cell
 * @param open open opportunities (neither won nor lost)
 * @param closed won plus lost
 * @param won won opportunities
 * @param lost lost opportunities
 * @param winRate won ÷ closed (open excluded), Wilson interval, p-value against the rest
 * @param stages the stage-to-stage conversions, in funnel order
 * @param cycleDaysMedian median days from created to close over won deals, with its rank interval
 * @param dealSizeMean mean amount of the won deals with an amount, with its t interval
 * @param dealSizeMedian median amount of those deals, with its rank interval
 * @param pipeline the sum of the open opportunities' amounts
 * @param bookings the sum of the won opportunities' amounts
 * @param economics CAC, LTV:CAC and payback of the cell's won accounts, when the sources allow it
 */
public record FunnelGroup(
    Optional<String> tier,
    Optional<String> grade,
    Optional<String> channel,
    long opportunities,
    long open,
    long closed,
    long won,
    long lost,
    Figure winRate,
    List<StageStep> stages,
    Figure cycleDaysMedian,
    Figure dealSizeMean,
    Figure dealSizeMedian,
    double pipeline,
    double bookings,
    Optional<TierEconomics> economics) {

  /** Copies the stages. */
  public FunnelGroup {
    stages = List.copyOf(stages);
  }
}
