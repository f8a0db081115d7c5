package org.icpengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.icpengine.core.column.ValueType;
import org.icpengine.core.score.Tiers;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.sample.MessyValues;
import org.junit.jupiter.api.Test;

/**
 * The hand-made model of icp-data's messy-file equivalence test (every kind of attribute,
 * interactions, disqualifiers, an engagement score) over messy cells under headers spelled
 * otherwise than the model's columns: Spark scores every row as the Java scorer does.
 */
class ScoreColumnsMessyTest {
  private static FitAttribute attribute(
      String column,
      FitAttribute.Kind kind,
      ValueType type,
      List<Double> bounds,
      String... levels) {
    return new FitAttribute(column, kind, "firmographic", type, bounds, List.of(levels));
  }

  private static PointsTable.Scored scored(FitAttribute attribute, Integer... points) {
    return new PointsTable.Scored(attribute, List.of(points));
  }

  private static PointsTable.Scored item(String item, Integer... points) {
    return scored(
        attribute("Tech", FitAttribute.Kind.SET_ITEM, ValueType.SET, List.of(), item), points);
  }

  /** The model: points chosen so that scores reach both caps and contributions tie in size. */
  static ScoreModel model() {
    List<PointsTable.Scored> fit =
        List.of(
            scored(
                attribute(
                    "Industry",
                    FitAttribute.Kind.CATEGORY,
                    ValueType.CATEGORY,
                    List.of(),
                    "Fintech",
                    "Healthtech",
                    "Education",
                    "E-commerce",
                    "Straße",
                    "σασ"),
                -3,
                12,
                5,
                -20,
                5,
                4,
                -4,
                -5),
            scored(
                attribute(
                    "Country",
                    FitAttribute.Kind.CATEGORY,
                    ValueType.COUNTRY,
                    List.of(),
                    "United States",
                    "Germany",
                    "United Kingdom",
                    "Narnia"),
                0,
                6,
                5,
                -5,
                3,
                -2),
            scored(
                attribute(
                    "Employees",
                    FitAttribute.Kind.NUMBER,
                    ValueType.NUMBER,
                    List.of(10.0, 50.0, 200.5, 1000.0, 1e6)),
                -4,
                -10,
                -5,
                0,
                8,
                15,
                20),
            scored(
                attribute(
                    "Revenue", FitAttribute.Kind.NUMBER, ValueType.NUMBER, List.of(1e6, 1e7, 1e8)),
                0,
                -8,
                3,
                9,
                14),
            item("Snowflake", 2, 11, -6),
            item("HubSpot", 1, 5, -5),
            item("dbt", 0, -2, 2),
            item("Café", 0, 7, 0),
            scored(
                attribute("Public", FitAttribute.Kind.BOOLEAN, ValueType.BOOLEAN, List.of()),
                0,
                6,
                -6),
            scored(
                attribute(
                    "Website",
                    FitAttribute.Kind.CATEGORY,
                    ValueType.DOMAIN,
                    List.of(),
                    "acme.com",
                    "example.org"),
                0,
                30,
                -30,
                0),
            scored(
                attribute(
                    "Notes",
                    FitAttribute.Kind.CATEGORY,
                    ValueType.TEXT,
                    List.of(),
                    "VIP",
                    "Churn risk"),
                0,
                40,
                -40,
                0));
    List<PointsTable.Interaction> pairs =
        List.of(
            new PointsTable.Interaction(
                0,
                2,
                List.of(0, 1, 1, 0, 0, 1, 0, 0),
                List.of(0, 0, 0, 1, 1, 1, 1),
                List.of(List.of(0, 2), List.of(-3, 7))),
            new PointsTable.Interaction(
                8,
                4,
                List.of(0, 1, 2),
                List.of(0, 1, 0),
                List.of(List.of(0, 0), List.of(0, 5), List.of(-1, -5))));
    PointsTable engagement =
        new PointsTable(
            List.of(
                scored(
                    attribute(
                        "Visits", FitAttribute.Kind.NUMBER, ValueType.NUMBER, List.of(5.0, 50.0)),
                    0,
                    -5,
                    3,
                    10),
                scored(
                    attribute(
                        "Newsletter", FitAttribute.Kind.BOOLEAN, ValueType.BOOLEAN, List.of()),
                    0,
                    4,
                    -2)),
            List.of(),
            10,
            0);
    return new ScoreModel(
        new PointsTable(fit, pairs, 10, 0),
        new Tiers(70, 55, 40),
        List.of(
            new Disqualifier("Industry", "education", "Industry is Education"),
            new Disqualifier("Tech", "CAFE", "uses Café"),
            new Disqualifier("Country", "Narnia", "Country is Narnia")),
        Optional.of(engagement));
  }

  /** Rows of messy cells: every value of each list, then random ones, some cells empty. */
  static Dataset<Row> messyRows(int rows, long seed) {
    List<String> headers =
        List.of(
            "Account",
            "Industry",
            "Country",
            "EMPLOYEES",
            "Revenue",
            "tech",
            "Public",
            "Web-site",
            "Notes",
            "Visits",
            "News letter");
    List<List<String>> values =
        List.of(
            MessyValues.INDUSTRIES,
            MessyValues.COUNTRIES,
            MessyValues.NUMBERS,
            MessyValues.NUMBERS,
            MessyValues.TECH,
            MessyValues.BOOLEANS,
            MessyValues.DOMAINS,
            MessyValues.NOTES,
            MessyValues.NUMBERS,
            MessyValues.BOOLEANS);
    SplittableRandom random = new SplittableRandom(seed);
    List<Row> data = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Object[] cells = new Object[headers.size()];
      cells[0] = "a" + r;
      for (int c = 0; c < values.size(); c++) {
        List<String> column = values.get(c);
        String value =
            r < column.size() ? column.get(r) : column.get(random.nextInt(column.size()));
        boolean empty = r % 97 == 96 || random.nextInt(10) == 0;
        cells[c + 1] = empty ? null : value;
      }
      data.add(RowFactory.create(cells));
    }
    List<StructField> fields = new ArrayList<>();
    headers.forEach(h -> fields.add(DataTypes.createStructField(h, DataTypes.StringType, true)));
    return LocalSpark.get()
        .createDataFrame(data, new StructType(fields.toArray(StructField[]::new)));
  }

  @Test
  void score_givesEveryMessyRowTheJavaScorersPointsTierStatusCoverageAndReasons() {
    List<ParityAssert.Scored> scored = ParityAssert.assertSameScores(model(), messyRows(3000, 7));

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
    ParityAssert.assertSameScores(model(), messyRows(160, 11));
  }
}
