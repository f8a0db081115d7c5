package org.icpengine.data.funnel;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An open opportunity as sales sees it: its tier and priority as of its creation, with the reasons.
 *
 * @param opportunityId the opportunity's id, or {@code row N} without one
 * @param accountKey the account's key
 * @param stage the stage as written
 * @param amount its amount, NaN when empty
 * @param created its created date
 * @param channel its channel
 * @param tier the fit tier A–D, {@code unscored}
 * @param score the fit score 0–100, when scored
 * @param grade fit tier × engagement level, when the model has a priority
 * @param priority the priority 0–100 (fit and engagement in one ranking), when the model has one
 * @param reasons the fit score's reasons
 * @param priorityReasons the priority's reasons, when the model has one
 */
public record OpenDeal(
    String opportunityId,
    String accountKey,
    String stage,
    double amount,
    Optional<LocalDate> created,
    Optional<String> channel,
    String tier,
    OptionalDouble score,
    Optional<String> grade,
    OptionalDouble priority,
    String reasons,
    Optional<String> priorityReasons) {}
