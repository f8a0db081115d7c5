package org.icpengine.data.cohort;

import java.util.List;
import java.util.Map;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.column.OutcomeKind;

/**
 * Customer economics by cohort.
 *
 * @param ideal the ideal definition used
 * @param by the columns cohorts are formed from
 * @param outcomes the column used for each outcome figure
 * @param total the figures of all accounts
 * @param cohorts the figures of each cohort, compared with the rest
 * @param notes what the reader should know about how cohorts were formed
 */
public record CohortReport(
    IdealDefinition ideal,
    List<String> by,
    Map<OutcomeKind, String> outcomes,
    CohortFigures total,
    List<CohortFigures> cohorts,
    List<String> notes) {

  /** Copies the collections so the record stays immutable. */
  public CohortReport {
    by = List.copyOf(by);
    outcomes = Map.copyOf(outcomes);
    cohorts = List.copyOf(cohorts);
    notes = List.copyOf(notes);
  }
}
