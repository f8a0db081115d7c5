package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;

/** Joins the stages' relations to the accounts: the working relation and the final table. */
final class AccountTable {
  /** Every account with every stage column so far, intermediate ones included. */
  static final String JOINED = "asm_joined";

  private AccountTable() {}

  /**
   * Builds {@link #JOINED}: the accounts' key and the given attributes with every column of the
   * parts; returns the names of its columns.
   */
  static Set<String> join(Engine engine, String accounts, List<String> keep, List<Part> parts) {
    StringBuilder select = new StringBuilder("a.").append(LinkedTable.ACCOUNT_KEY);
    for (String column : keep) {
      select.append(", a.").append(Engine.quote(column));
    }
    StringBuilder from = new StringBuilder(accounts).append(" a");
    for (int i = 0; i < parts.size(); i++) {
      String alias = "p" + i;
      select.append(", ").append(alias).append(".* EXCLUDE (account_key)");
      from.append(joinClause(parts.get(i).relation(), alias));
    }
    engine.execute("CREATE OR REPLACE TABLE " + JOINED + " AS SELECT " + select + " FROM " + from);
    return columns(engine, JOINED);
  }

  /** Returns the column names of a relation. */
  static Set<String> columns(Engine engine, String relation) {
    return new TreeSet<>(
        engine.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = "
                + Engine.literal(relation),
            r -> r.getString(1)));
  }

  /**
   * Builds the account table: key, attributes, then each part's published columns (those not
   * already attributes of the accounts, compared ignoring case); returns the columns it kept.
   */
  static List<ComputedColumn> build(
      Engine engine, String relation, String accounts, List<String> attributes, List<Part> parts) {
    Set<String> taken = new TreeSet<>();
    StringBuilder select = new StringBuilder("a.").append(LinkedTable.ACCOUNT_KEY);
    for (String attribute : attributes) {
      select.append(", a.").append(Engine.quote(attribute));
      taken.add(attribute.toLowerCase(Locale.ROOT));
    }
    StringBuilder from = new StringBuilder(accounts).append(" a");
    List<ComputedColumn> kept = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      String alias = "p" + i;
      from.append(joinClause(part.relation(), alias));
      for (ComputedColumn column : part.columns()) {
        if (!taken.add(column.name().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String value = alias + "." + Engine.quote(column.name());
        boolean zero = part.zeroWhenAbsent().contains(column.name());
        select
            .append(", ")
            .append(zero ? "coalesce(" + value + ", 0)" : value)
            .append(" AS ")
            .append(Engine.quote(column.name()));
        kept.add(column);
      }
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + relation
            + " AS SELECT "
            + select
            + " FROM "
            + from
            + " ORDER BY a.account_key");
    return kept;
  }

  private static String joinClause(String relation, String alias) {
    return " LEFT JOIN " + relation + " " + alias + " ON " + alias + ".account_key = a.account_key";
  }
}
