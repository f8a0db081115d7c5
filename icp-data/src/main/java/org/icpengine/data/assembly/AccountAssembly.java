package org.icpengine.data.assembly;

import java.util.List;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;

/**
 * Builds the account table from linked sources: one row per account of the accounts source, its
 * attribute columns, and the economics the other sources allow.
 */
public final class AccountAssembly {
  private AccountAssembly() {}

  /**
   * Builds {@link AssembledAccounts#RELATION} in the sources' engine.
   *
   * <p>This first version carries the accounts' key and attributes only; the economics come with
   * the rest of the assembly.
   */
  public static AssembledAccounts assemble(LinkedSources linked, AssemblyOptions options) {
    LinkedTable accounts = linked.table(SourceKind.ACCOUNTS).orElseThrow();
    StringBuilder columns = new StringBuilder(Engine.quote(LinkedTable.ACCOUNT_KEY));
    for (String attribute : linked.attributes()) {
      columns.append(", ").append(Engine.quote(attribute));
    }
    linked
        .engine()
        .execute(
            "CREATE OR REPLACE TABLE "
                + AssembledAccounts.RELATION
                + " AS SELECT "
                + columns
                + " FROM "
                + accounts.relation());
    long rows = linked.engine().count(AssembledAccounts.RELATION);
    return new AssembledAccounts(
        AssembledAccounts.RELATION, rows, options.asOf(), List.of(), List.of());
  }
}
