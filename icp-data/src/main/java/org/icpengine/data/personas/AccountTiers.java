package org.icpengine.data.personas;

import static org.icpengine.data.engine.Engine.quote;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.ModelRows;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Each account's ICP tier in the engine table {@value #TABLE} ({@code account_key}, {@code tier}:
 * the tier letter, '-' for an account the model could not score), scored by the same SQL as {@code
 * icp score} ({@link ModelRows}) on the assembled account table.
 */
final class AccountTiers {
  static final String TABLE = "pc_tiers";
  private static final String RAW = "pc_accounts_raw";

  private AccountTiers() {}

  /**
   * Scores the accounts of {@code relation} (with an {@code account_key} column).
   *
   * @return the accounts per tier letter ('-' for unscored)
   */
  static Map<String, Long> score(Engine engine, String relation, ScoreModel model) {
    List<String> columns =
        engine.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = "
                + Engine.literal(relation)
                + " ORDER BY ordinal_position",
            r -> r.getString(1));
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + RAW
            + " AS SELECT "
            + columns.stream()
                .map(c -> "CAST(" + quote(c) + " AS VARCHAR) AS " + quote(c))
                .collect(Collectors.joining(", "))
            + " FROM "
            + relation
            + " ORDER BY account_key");
    ModelRows.Rows rows = ModelRows.read(engine, RAW, columns, model, "the account table");
    List<String> keys =
        engine.query("SELECT account_key FROM " + RAW + " ORDER BY rowid", r -> r.getString(1));
    engine.execute("CREATE OR REPLACE TABLE " + TABLE + " (account_key VARCHAR, tier VARCHAR)");
    Map<String, Long> counts = new TreeMap<>();
    try (DuckDBAppender appender =
        engine
            .connection()
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
      for (int i = 0; i < keys.size(); i++) {
        String tier = String.valueOf(rows.tiers()[i]);
        appender.beginRow();
        appender.append(keys.get(i));
        appender.append(tier);
        appender.endRow();
        counts.merge(tier, 1L, Long::sum);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add the accounts' tiers to the engine", e);
    }
    return counts;
  }
}
