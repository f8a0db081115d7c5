package org.icpengine.model.scoring;

import java.util.List;

/**
 * The score of one account, as {@code BatchScorer} (icp-data) would give the same values in a
 * file's row.
 *
 * @param score the fit score 0–100, or {@code null} when too little is known (status {@code
 *     insufficient_data})
 * @param tier A, B, C or D (D whenever a disqualifier matches), or {@code null} when not scored
 * @param reasons the reasons, word for word as in the {@code icp_reasons} column
 * @param engagement the engagement score 0–100, or {@code null} when the model has none or none of
 *     its attributes has a value
 * @param disqualification the reason of the first disqualifier that matched, or {@code null}
 * @param contributions every non-zero contribution to the fit score, largest first, in the order of
 *     the reasons (which spell out the first five and sum the rest)
 * @param missing the model's columns scored as unknown, in model order: absent from the account, or
 *     with a missing, placeholder or unreadable value
 * @param ignored the account's keys that feed no model column, in the account's order
 * @param coverage the share of the fit attributes' importance whose values the account has, with
 *     two decimals
 * @param status {@code scored}, {@code insufficient_data} (coverage below the model's threshold, or
 *     nothing known), {@code disqualified}, or — scoring a market — {@code outside_support}
 *     (scored, but a fit value lies outside the values the model was trained on; the reasons name
 *     them)
 * @param priority the priority 0–100 (fit and engagement in one ranking), or {@code null} when the
 *     model has no priority (no engagement score: the fit score is the priority) or the account is
 *     not scored
 * @param priorityReasons the priority's reasons, each naming its side (fit or engagement), word for
 *     word as in the {@code icp_priority_reasons} column, or {@code null} with no priority
 * @param grade the fit tier and engagement level, {@code "A-high"} … {@code "D-low"} ({@code
 *     "A-unknown"} without any engagement value), or {@code null} without a tier or a priority
 */
public record AccountScore(
    Integer score,
    String tier,
    String reasons,
    Integer engagement,
    String disqualification,
    List<Contribution> contributions,
    List<String> missing,
    List<String> ignored,
    double coverage,
    String status,
    Integer priority,
    String priorityReasons,
    String grade) {
  /** Copies the lists. */
  public AccountScore {
    contributions = List.copyOf(contributions);
    missing = List.copyOf(missing);
    ignored = List.copyOf(ignored);
  }

  /** Returns whether the account has a score: enough of the model was known. */
  public boolean scored() {
    return score != null;
  }
}
