package org.icpengine.data.funnel;

import java.util.List;

/**
 * The product view of one ICP tier: what its customers are worth (revenue, NRR) and what they come
 * for (survey jobs-to-be-done and pains, the fit score's traits), so that roadmap items can be
 * weighed by the profitability of the cohort that asks for them.
 *
 * @param outcome the tier's customers' revenue, NRR and CAC
 * @param answers the most frequent survey answers and traits of its customers, by share
 */
public record ProductCohort(TierOutcome outcome, List<CohortAnswer> answers) {

  /** Copies the answers. */
  public ProductCohort {
    answers = List.copyOf(answers);
  }
}
