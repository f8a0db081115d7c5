package org.icpengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.testing.ParityModels;
import org.icpengine.sample.MessyRows;
import org.junit.jupiter.api.Test;

/**
 * The hand-made model with every kind of attribute ({@link ParityModels#everyKind()}) over messy
 * cells under headers spelled otherwise than the model's columns ({@link MessyRows}), as icp-data's
 * engine test scores them: Spark scores every row as the Java scorer does.
 */
class ScoreColumnsMessyTest {
  private static final ScoreModel MODEL = ParityModels.everyKind();

  /** The messy rows as a data frame of text columns, an empty cell null. */
  static Dataset<Row> messyRows(int rows, long seed) {
    List<Row> data = new ArrayList<>();
    MessyRows.rows(rows, seed).forEach(row -> data.add(RowFactory.create(row.toArray())));
    List<StructField> fields = new ArrayList<>();
    MessyRows.HEADERS.forEach(
        h -> fields.add(DataTypes.createStructField(h, DataTypes.StringType, true)));
    return LocalSpark.get()
        .createDataFrame(data, new StructType(fields.toArray(StructField[]::new)));
  }

  @Test
  void score_givesEveryMessyRowTheJavaScorersPointsTierStatusCoverageAndReasons() {
    List<ParityAssert.Scored> scored = ParityAssert.assertSameScores(MODEL, messyRows(3000, 7));

    assertThat(scored).hasSize(3000);
    assertThat(scored).extracting(ParityAssert.Scored::tier).contains("A", "B", "C", "D", null);
    assertThat(scored)
        .extracting(ParityAssert.Scored::reasons)
        .anyMatch(r -> r.contains("capped at 100"))
        .anyMatch(r -> r.contains("capped at 0"))
        .anyMatch(r -> r.contains(" with "))
        .anyMatch(r -> r.contains("Tech unknown"))
        .anyMatch(r -> r.contains(" more"))
        .anyMatch(r -> r.startsWith("disqualified: uses Café"))
        .anyMatch(r -> r.startsWith("disqualified: Country is Narnia"))
        .anyMatch(r -> r.startsWith("disqualified: Industry is Education"))
        .anyMatch(r -> r.startsWith("not scored"));
  }

  @Test
  void score_givesTheJavaScorersResultForEveryCellValueAlone() {
    // as many rows as the longest list: each messy value appears once in its column
    ParityAssert.assertSameScores(MODEL, messyRows(160, 11));
  }
}
