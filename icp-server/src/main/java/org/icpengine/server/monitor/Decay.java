package org.icpengine.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The performance of the published model on the newest checked dataset beside its reference, read
 * from a stored report ({@code icp drift --json}). Numbers that could not be computed are NaN.
 *
 * @param observed whether the new dataset had outcomes; without them the rates are estimates
 * @param referenceAuc the AUC on the reference dataset
 * @param currentAuc the AUC on the new dataset
 * @param aucChange current minus reference
 * @param aucLow the change's 95 % interval, low end
 * @param aucHigh the change's 95 % interval, high end
 * @param aucP the p-value that the AUC changed
 * @param idealShareChange the change of the expected share of ideal accounts
 * @param idealShareP its p-value
 */
public record Decay(
    boolean observed,
    double referenceAuc,
    double currentAuc,
    double aucChange,
    double aucLow,
    double aucHigh,
    double aucP,
    double idealShareChange,
    double idealShareP) {
  /** Reads the figures of a report. */
  public static Decay of(String report) {
    JsonNode root = Evidence.read(report);
    JsonNode performance = root.path("performance");
    JsonNode change = performance.path("auc_change");
    JsonNode share = root.path("score").path("ideal_share_change");
    return new Decay(
        performance.path("current").path("observed").asBoolean(false),
        Evidence.number(performance.path("reference").path("auc"), "value"),
        Evidence.number(performance.path("current").path("auc"), "value"),
        Evidence.number(change, "value"),
        Evidence.number(change, "ci_low"),
        Evidence.number(change, "ci_high"),
        Evidence.number(change, "p_value"),
        Evidence.number(share, "value"),
        Evidence.number(share, "p_value"));
  }

  /** Returns whether the AUC fell significantly (p < 0.05). */
  public boolean decayed() {
    return aucChange < 0 && aucP < 0.05;
  }
}
