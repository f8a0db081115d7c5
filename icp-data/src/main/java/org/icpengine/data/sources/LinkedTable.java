package org.icpengine.data.sources;

import java.util.Set;

/**
 * One kind's linked records in the engine, with how well they linked to the accounts.
 *
 * @param kind what the relation holds
 * @param relation the engine relation's name, {@link #relationName(SourceKind)}
 * @param roles the roles present as columns (besides {@code account_key})
 * @param rows rows in the relation
 * @param linkedRows rows whose {@code account_key} is not NULL (equal to rows for spend)
 */
public record LinkedTable(
    SourceKind kind, String relation, Set<SourceRole> roles, long rows, long linkedRows) {

  /** The column every linked relation carries: the accounts' key, NULL when not linked. */
  public static final String ACCOUNT_KEY = "account_key";

  /** The column the opportunities relation adds: {@code won}, {@code lost} or {@code open}. */
  public static final String STAGE_OUTCOME = "stage_outcome";

  public LinkedTable {
    roles = Set.copyOf(roles);
  }

  /** Returns the name of the relation holding a kind's linked records: {@code linked_<kind>}. */
  public static String relationName(SourceKind kind) {
    return "linked_" + kind.yamlName();
  }

  /** Returns whether the relation has a column for a role. */
  public boolean has(SourceRole role) {
    return roles.contains(role);
  }
}
