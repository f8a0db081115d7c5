package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;

/**
 * Joins the stages' relations to the accounts once, into {@link #JOINED}; the later stages add
 * their columns to that, and the account table is the published columns read from the last one.
 */
final class AccountTable {
  /** Every account with its attributes and every stage column, intermediate ones included. */
  static final String JOINED = "asm_joined";

  private AccountTable() {}

  /** Builds {@link #JOINED}; returns the names of its columns. */
  static Set<String> join(
      Engine engine, String accounts, List<String> attributes, List<Part> parts) {
    StringBuilder select = new StringBuilder("a.").append(LinkedTable.ACCOUNT_KEY);
    for (String column : attributes) {
      select.append(", a.").append(Engine.quote(column));
    }
    StringBuilder from = new StringBuilder(accounts).append(" a");
    for (int i = 0; i < parts.size(); i++) {
      String alias = "p" + i;
      select.append(", ").append(alias).append(".* EXCLUDE (account_key)");
      from.append(" LEFT JOIN ")
          .append(parts.get(i).relation())
          .append(' ')
          .append(alias)
          .append(" ON ")
          .append(alias)
          .append(".account_key = a.account_key");
    }
    engine.execute("CREATE OR REPLACE TABLE " + JOINED + " AS SELECT " + select + " FROM " + from);
    return columns(engine, JOINED);
  }

  /** Returns the column names of a relation. */
  static Set<String> columns(Engine engine, String relation) {
    return new TreeSet<>(orderedColumns(engine, relation));
  }

  /** Returns the column names of a relation in order (DESCRIBE: cheaper than the catalog views). */
  static List<String> orderedColumns(Engine engine, String relation) {
    return engine.query("DESCRIBE " + relation, r -> r.getString("column_name"));
  }

  /**
   * Builds the account table from one relation holding every column: key, attributes, then each
   * part's published columns (those not already attributes of the accounts, compared ignoring
   * case), ordered by key; returns the computed columns it kept.
   */
  static List<ComputedColumn> build(
      Engine engine, String relation, String from, List<String> attributes, List<Part> parts) {
    Set<String> taken = new TreeSet<>();
    StringBuilder select = new StringBuilder(LinkedTable.ACCOUNT_KEY);
    for (String attribute : attributes) {
      select.append(", ").append(Engine.quote(attribute));
      taken.add(attribute.toLowerCase(Locale.ROOT));
    }
    List<ComputedColumn> kept = new ArrayList<>();
    for (Part part : parts) {
      for (ComputedColumn column : part.columns()) {
        if (!taken.add(column.name().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String value = Engine.quote(column.name());
        boolean zero = part.zeroWhenAbsent().contains(column.name());
        select
            .append(", ")
            .append(zero ? "coalesce(" + value + ", 0)" : value)
            .append(" AS ")
            .append(value);
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
            + " ORDER BY "
            + LinkedTable.ACCOUNT_KEY);
    return kept;
  }
}
