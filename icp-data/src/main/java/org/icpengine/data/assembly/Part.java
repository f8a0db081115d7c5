package org.icpengine.data.assembly;

import java.util.List;
import java.util.Set;

/**
 * One stage's result: a relation keyed by {@code account_key} with the columns it computed. Columns
 * whose names start with an underscore are intermediate: later stages use them, the account table
 * does not show them.
 *
 * @param relation the engine relation (one row per account that has records)
 * @param columns the published columns, in table order
 * @param zeroWhenAbsent the published columns that are 0, not NULL, for accounts without records
 * @param notes what the stage wants the user to know
 */
record Part(
    String relation, List<ComputedColumn> columns, Set<String> zeroWhenAbsent, List<String> notes) {
  Part {
    columns = List.copyOf(columns);
    zeroWhenAbsent = Set.copyOf(zeroWhenAbsent);
    notes = List.copyOf(notes);
  }
}
