package org.icpengine.model.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.core.column.ValueType;
import org.icpengine.core.score.Tiers;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.FoldingKey;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * Hand-made models for the equivalence tests between the single-account scorer and the scorers of
 * other runtimes (the engine's, Spark's): one definition, so that every scorer is held to the same
 * model.
 */
public final class ParityModels {
  private ParityModels() {}

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

  /**
   * Returns the model: every kind of attribute (numbers, categories, countries, yes/no, items of a
   * multi-valued column, a domain, free text), two interactions, three disqualifiers and an
   * engagement score, with points chosen so that scores reach both caps and contributions tie in
   * size. Its columns are Industry, Country, Employees, Revenue, Tech, Public, Website, Notes,
   * Visits and Newsletter.
   */
  public static ScoreModel everyKind() {
    return new ScoreModel(
        new PointsTable(fit(), interactions(), 10, 0),
        new Tiers(70, 55, 40),
        List.of(
            new Disqualifier("Industry", "education", "Industry is Education"),
            new Disqualifier("Tech", "CAFE", "uses Café"),
            new Disqualifier("Country", "Narnia", "Country is Narnia")),
        Optional.of(engagement()));
  }

  private static List<PointsTable.Scored> fit() {
    return List.of(
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
            attribute("Public", FitAttribute.Kind.BOOLEAN, ValueType.BOOLEAN, List.of()), 0, 6, -6),
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
  }

  private static List<PointsTable.Interaction> interactions() {
    return List.of(
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
  }

  private static PointsTable engagement() {
    return new PointsTable(
        List.of(
            scored(
                attribute("Visits", FitAttribute.Kind.NUMBER, ValueType.NUMBER, List.of(5.0, 50.0)),
                0,
                -5,
                3,
                10),
            scored(
                attribute("Newsletter", FitAttribute.Kind.BOOLEAN, ValueType.BOOLEAN, List.of()),
                0,
                4,
                -2)),
        List.of(),
        10,
        0);
  }

  /**
   * Returns {@link #everyKind()} with a training support narrower than the messy cells' values, so
   * that a market scorer flags some rows outside it in every kind of column.
   */
  public static ScoreModel narrowSupport() {
    TrainingSupport support =
        new TrainingSupport(
            1_000,
            TrainingSupport.Base.WON_VS_LOST,
            List.of(
                TrainingSupport.Column.of("Industry", keys("Fintech", "Healthtech", "Education")),
                TrainingSupport.Column.of("Country", keys("United States", "Germany")),
                TrainingSupport.Column.of("Employees", 5, 5_000),
                TrainingSupport.Column.of("Revenue", 1e5, 1e9),
                TrainingSupport.Column.of("Tech", keys("Snowflake", "HubSpot", "dbt")),
                TrainingSupport.Column.of("Website", keys("acme.com")),
                TrainingSupport.Column.of("Notes", keys("VIP", "Churn risk"))));
    return everyKind().withSupport(Optional.of(support));
  }

  private static Set<String> keys(String... values) {
    return Arrays.stream(values).map(FoldingKey::of).collect(Collectors.toSet());
  }
}
