package org.icpengine.data.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The account table in the engine, and how it was built.
 *
 * @param relation the engine relation holding one row per account ({@link #RELATION})
 * @param accounts the number of rows
 * @param asOf the date separating the attribute side from the outcome side, when dated records
 *     allowed one
 * @param computed the columns computed from the records, in table order
 * @param notes what a user should know, in words (unlinked rows, excluded open deals, …)
 */
public record AssembledAccounts(
    String relation,
    long accounts,
    Optional<LocalDate> asOf,
    List<ComputedColumn> computed,
    List<String> notes) {

  /** The name of the account table's relation. */
  public static final String RELATION = "assembled_accounts";

  public AssembledAccounts {
    computed = List.copyOf(computed);
    notes = List.copyOf(notes);
  }
}
