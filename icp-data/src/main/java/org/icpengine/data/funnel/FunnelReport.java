package org.icpengine.data.funnel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funnel by ICP tier: what {@code icp funnel} prints, its JSON ({@link FunnelJson}) and the
 * report's and web app's funnel sections show.
 *
 * @param by the dimensions the groups are cut by
 * @param stageOrder the open stages in funnel order, then the won stage
 * @param opportunities opportunities linked to an account
 * @param tiers opportunities per tier (A–D, then {@code unscored})
 * @param groups the cells of the cut and its margins (docs/funnel.md)
 * @param topTiers the share of pipeline and bookings from A+B against their share of opportunities
 * @param missed won deals placed in C or D and lost deals placed in A, largest amounts first
 * @param missedTotals how many deals of each kind there are ({@link MissedDeal#WON_LOW_TIER},
 *     {@link MissedDeal#LOST_TIER_A}), whether or not listed
 * @param cohortPeriod the period of the cohorts
 * @param cohorts per creation period and tier, oldest first
 * @param forecast the finance forecast, when there are open deals and closed ones to learn from
 * @param openDeals the open deals in working order, the first {@value OpenDeals#LISTED}
 * @param openTotal how many open deals there are, listed or not
 * @param outcomes each tier's customers' revenue, NRR and CAC, when the sources give an account
 *     table (spend, subscriptions or a survey); empty otherwise
 * @param product the product view per tier, with the same condition
 * @param segment the segment expression the opportunities were filtered by, if any
 * @param notes what the funnel wants the reader to know (the as-of rule, missing history, …)
 */
public record FunnelReport(
    List<FunnelDimension> by,
    List<String> stageOrder,
    long opportunities,
    Map<String, Long> tiers,
    List<FunnelGroup> groups,
    TopTierShare topTiers,
    List<MissedDeal> missed,
    Map<String, Long> missedTotals,
    CohortPeriod cohortPeriod,
    List<CohortRow> cohorts,
    Optional<Forecast> forecast,
    List<OpenDeal> openDeals,
    long openTotal,
    Map<String, TierOutcome> outcomes,
    List<ProductCohort> product,
    Optional<String> segment,
    List<String> notes) {

  /** Copies the collections. */
  public FunnelReport {
    by = List.copyOf(by);
    stageOrder = List.copyOf(stageOrder);
    tiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tiers));
    groups = List.copyOf(groups);
    missed = List.copyOf(missed);
    missedTotals = Map.copyOf(missedTotals);
    cohorts = List.copyOf(cohorts);
    openDeals = List.copyOf(openDeals);
    outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
    product = List.copyOf(product);
    notes = List.copyOf(notes);
  }

  /** Returns the groups cut by exactly the given dimensions (the others empty). */
  public List<FunnelGroup> groups(FunnelDimension... dimensions) {
    java.util.Set<FunnelDimension> wanted = java.util.EnumSet.noneOf(FunnelDimension.class);
    wanted.addAll(List.of(dimensions));
    return groups.stream()
        .filter(g -> g.tier().isPresent() == wanted.contains(FunnelDimension.TIER))
        .filter(g -> g.grade().isPresent() == wanted.contains(FunnelDimension.GRADE))
        .filter(g -> g.channel().isPresent() == wanted.contains(FunnelDimension.CHANNEL))
        .toList();
  }
}
