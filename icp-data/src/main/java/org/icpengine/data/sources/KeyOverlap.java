package org.icpengine.data.sources;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.engine.Engine;

/**
 * How well each column of a file links to the accounts, on a seeded sample of its rows: the share
 * of rows whose value is an account's key, or an account's folded name. It suggests the key of a
 * file whose key links too few rows, and infers the key of files {@code icp sources init} reads.
 */
final class KeyOverlap {
  /** The rows sampled. */
  static final int SAMPLE_ROWS = 20_000;

  private KeyOverlap() {}

  /**
   * One column's overlap.
   *
   * @param column the column
   * @param byKey the share of sampled rows whose value is an account key (0–1)
   * @param byName the share of sampled rows whose folded value is an account's folded name (0–1)
   */
  record Overlap(String column, double byKey, double byName) {
    /** Returns the better of the two shares. */
    double best() {
      return Math.max(byKey, byName);
    }
  }

  /**
   * Returns the overlap of every column of the raw table with the accounts (built by {@link
   * AccountsTable}), best first.
   */
  static List<Overlap> of(Engine engine, String rawTable) {
    long sampled = Math.min(SAMPLE_ROWS, engine.count(rawTable));
    if (sampled == 0) {
      return List.of();
    }
    return engine
        .query(
            "SELECT u.c, count(a.account_key), count(n.account_key) FROM (SELECT c, icp_blank(v)"
                + " AS v FROM (UNPIVOT (SELECT * FROM "
                + rawTable
                + " USING SAMPLE reservoir("
                + SAMPLE_ROWS
                + " ROWS) REPEATABLE (42)) ON COLUMNS(*) INTO NAME c VALUE v)) u LEFT JOIN "
                + AccountsTable.RELATION
                + " a ON u.v = a.account_key LEFT JOIN "
                + AccountsTable.NAMES
                + " n ON icp_company_key(u.v) = n.link GROUP BY u.c",
            r ->
                new Overlap(
                    r.getString(1),
                    r.getLong(2) / (double) sampled,
                    r.getLong(3) / (double) sampled))
        .stream()
        .sorted(Comparator.comparingDouble(Overlap::best).reversed().thenComparing(Overlap::column))
        .toList();
  }

  /** Returns the column that links best other than the one given, if any links at all. */
  static Optional<Overlap> bestOther(Engine engine, String rawTable, String column) {
    return of(engine, rawTable).stream()
        .filter(o -> !o.column().equals(column) && o.best() > 0)
        .findFirst();
  }
}
