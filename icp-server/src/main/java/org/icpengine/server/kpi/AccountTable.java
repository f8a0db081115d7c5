package org.icpengine.server.kpi;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Reads a linked dataset's account table and scores each account with a model, in Java, keeping the
 * columns the KPIs need. Up to {@link #MOST_ROWS} accounts (a seeded sample beyond).
 */
final class AccountTable {
  /** The most accounts read. */
  static final int MOST_ROWS = 500_000;

  private static final List<String> FIGURES =
      List.of(
          "deals_won", "deals_lost", "revenue_won", "nrr_12m", "churned", "cac", "customer_since");

  private AccountTable() {}

  /** Reads the file into the engine and returns its accounts, scored. */
  static List<ScoredAccount> read(Engine engine, Path file, ScoreModel model) {
    List<String> columns =
        new SourceReader(engine).read(file, ReadOptions.defaults(), "raw").columns();
    Set<String> wanted = new LinkedHashSet<>(FIGURES);
    wanted.addAll(model.columns());
    List<String> read = wanted.stream().filter(columns::contains).toList();
    if (read.isEmpty()) {
      return List.of();
    }
    AccountScorer scorer = new AccountScorer(model);
    return engine.query(
        "SELECT "
            + String.join(", ", read.stream().map(Engine::quote).toList())
            + " FROM raw USING SAMPLE reservoir("
            + MOST_ROWS
            + " ROWS) REPEATABLE (42)",
        row -> {
          Map<String, Object> values = new HashMap<>();
          for (int i = 0; i < read.size(); i++) {
            values.put(read.get(i), row.getString(i + 1));
          }
          return account(scorer.score(values), values);
        });
  }

  private static ScoredAccount account(AccountScore score, Map<String, Object> values) {
    return new ScoredAccount(
        score.tier(),
        score.score() == null ? -1 : score.score(),
        (long) number(values, "deals_won", 0),
        (long) number(values, "deals_lost", 0),
        number(values, "revenue_won", Double.NaN),
        number(values, "nrr_12m", Double.NaN),
        flag(values.get("churned")),
        number(values, "cac", Double.NaN),
        quarter(values.get("customer_since")));
  }

  private static double number(Map<String, Object> values, String column, double absent) {
    Object v = values.get(column);
    if (v == null || v.toString().isBlank()) {
      return absent;
    }
    try {
      double d = Double.parseDouble(v.toString().trim());
      return Double.isFinite(d) ? d : absent;
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  private static Boolean flag(Object v) {
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    String text = v.toString().trim().toLowerCase(java.util.Locale.ROOT);
    return text.equals("true") || text.equals("1") || text.equals("yes");
  }

  /** Returns the quarter of a date such as 2024-08-01, as 2024-Q3, or null. */
  static String quarter(Object v) {
    if (v == null || v.toString().length() < 10) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v.toString().substring(0, 10));
      return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** Returns the columns a KPI needs that the file lacks, for a note. */
  static List<String> missing(List<String> columns) {
    List<String> missing = new ArrayList<>(FIGURES);
    missing.removeAll(columns);
    return missing;
  }
}
