package org.icpengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.icpengine.data.fit.ColumnMatcher;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Scores rows on Spark and with the Java scorer (after matching the columns by name, as the API
 * does), and asserts the same result on every row.
 */
final class ParityAssert {
  /** One row's score columns. */
  record Scored(Integer score, String tier, String reasons, double coverage, String status) {}

  private ParityAssert() {}

  /** Asserts the same scores row for row; returns Spark's. */
  static List<Scored> assertSameScores(ScoreModel model, Dataset<Row> rows) {
    return assertSameScores(model, rows, false);
  }

  /** As {@link #assertSameScores(ScoreModel, Dataset)}, scoring a market or not. */
  static List<Scored> assertSameScores(ScoreModel model, Dataset<Row> rows, boolean market) {
    Dataset<Row> scored = new ScoreColumns(new IcpModel(model), market).score(rows);
    String[] input = rows.columns();
    AccountScorer java = new AccountScorer(model, market);
    ColumnMatcher matcher = new ColumnMatcher(model);
    List<Scored> all = new ArrayList<>();
    for (Row row : scored.collectAsList()) {
      Map<String, Object> account = new LinkedHashMap<>();
      for (int c = 0; c < input.length; c++) {
        account.put(input[c], row.get(c));
      }
      // as the API does: the keys matched to the model's columns by name, synonyms included
      AccountScore expected =
          java.score(ColumnMatcher.rekey(account, matcher.match(List.of(input), Map.of())));
      Scored actual =
          new Scored(
              row.isNullAt(input.length) ? null : row.getInt(input.length),
              row.getString(input.length + 1),
              row.getString(input.length + 2),
              row.getDouble(input.length + 3),
              row.getString(input.length + 4));
      assertThat(actual)
          .as("row %s", account)
          .isEqualTo(
              new Scored(
                  expected.score(),
                  expected.tier(),
                  expected.reasons(),
                  expected.coverage(),
                  expected.status()));
      all.add(actual);
    }
    return all;
  }
}
