package org.icpengine.data.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.profile.Mapping;

/**
 * The account table in the engine, and how it was built.
 *
 * @param relation the engine relation holding one row per account ({@link #RELATION})
 * @param accounts the number of rows
 * @param asOf the date separating the attribute side from the outcome side, when dated records
 *     allowed one
 * @param computed the columns computed from the records, in table order
 * @param notes what a user should know, in words (the windows each side used, unlinked rows, …)
 * @param stages how long each stage took, in order
 */
public record AssembledAccounts(
    String relation,
    long accounts,
    Optional<LocalDate> asOf,
    List<ComputedColumn> computed,
    List<String> notes,
    List<StageTime> stages) {

  /** The name of the account table's relation. */
  public static final String RELATION = "assembled_accounts";

  public AssembledAccounts {
    computed = List.copyOf(computed);
    notes = List.copyOf(notes);
    stages = List.copyOf(stages);
  }

  /**
   * Returns the meanings of the computed columns as a mapping for the profile: economics are
   * outcomes of their kind (churned is the churn outcome, ltv, nrr_12m and cac theirs), engagement
   * features behavioural attributes, survey roll-ups psychographic or job-to-be-done attributes.
   * The profile infers most of these from the names alone; the mapping makes them certain.
   */
  public Mapping mapping() {
    return AssemblyMeanings.mapping(computed);
  }
}
