package org.icpengine.data.personas;

import java.util.List;

/**
 * The typical buying committee of won deals at accounts of one tier.
 *
 * @param tier the tier letter ({@code A} in the report)
 * @param deals won deals with a known committee
 * @param medianSize the median number of people on a committee (NaN without deals)
 * @param meanSize the mean number of people on a committee (NaN without deals)
 * @param composition the share of those deals with each function, and with a VP or C-level, most
 *     frequent first
 */
public record CommitteeSummary(
    String tier, long deals, double medianSize, double meanSize, List<Share> composition) {
  /** Copies the list. */
  public CommitteeSummary {
    composition = List.copyOf(composition);
  }

  /**
   * A persona's share of the committees.
   *
   * @param persona who
   * @param deals deals whose committee had the persona
   * @param share deals ÷ all the summary's deals, a fraction
   */
  public record Share(Persona persona, long deals, double share) {}
}
