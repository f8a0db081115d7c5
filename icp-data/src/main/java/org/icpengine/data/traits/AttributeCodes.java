package org.icpengine.data.traits;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.cohort.Bands;
import org.icpengine.data.profile.ColumnProfile;

/**
 * One attribute as the engine codes it per row: {@code codes} SQL expressions, each giving a level
 * number (or -1 for missing), and the readable condition of every level. A categorical or banded
 * attribute has one code; a multi-valued one has a yes/no code per item.
 *
 * @param column the attribute's profile
 * @param codes SQL expressions over the clean view, one per code column
 * @param levels the condition of each level of each code, in code order
 * @param banded whether the levels are ordered bands, which also give one-sided thresholds
 * @param bounds the inclusive upper bound of every band but the last, when banded
 */
record AttributeCodes(
    ColumnProfile column,
    List<String> codes,
    List<List<String>> levels,
    boolean banded,
    List<Double> bounds) {
  /** Levels and items held by fewer rows than this share are folded or dropped. */
  static final double MIN_SHARE = 0.01;

  static AttributeCodes of(Dataset dataset, ColumnProfile column) {
    String c = quote(column.name());
    String name = column.name();
    if (column.meaning().type() == ValueType.BOOLEAN) {
      return new AttributeCodes(
          column,
          List.of("CASE WHEN " + c + " IS NULL THEN -1 WHEN " + c + " THEN 0 ELSE 1 END"),
          List.of(List.of(name + " is yes", name + " is no")),
          false,
          List.of());
    }
    if (column.meaning().type() == ValueType.NUMBER) {
      return numeric(dataset, column);
    }
    List<String> values = frequentValues(dataset, column);
    if (column.meaning().type() == ValueType.SET) {
      List<String> codes = new ArrayList<>();
      List<List<String>> levels = new ArrayList<>();
      for (String item : values) {
        codes.add(
            "CASE WHEN "
                + c
                + " IS NULL THEN -1 WHEN list_contains("
                + c
                + ", "
                + literal(item)
                + ") THEN 0 ELSE 1 END");
        levels.add(List.of(name + " has " + item));
      }
      return new AttributeCodes(column, codes, levels, false, List.of());
    }
    StringBuilder code = new StringBuilder("CASE WHEN " + c + " IS NULL THEN -1");
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      code.append(" WHEN ")
          .append(c)
          .append(" = ")
          .append(literal(values.get(i)))
          .append(" THEN ")
          .append(i);
      conditions.add(name + " is " + values.get(i));
    }
    code.append(" ELSE ").append(values.size()).append(" END");
    conditions.add(name + " is another value");
    return new AttributeCodes(
        column, List.of(code.toString()), List.of(conditions), false, List.of());
  }

  private static AttributeCodes numeric(Dataset dataset, ColumnProfile column) {
    String c = quote(column.name());
    Bands bands =
        Bands.forHeader(column.name()).orElseGet(() -> Bands.quintiles(dataset, column.name()));
    StringBuilder code = new StringBuilder("CASE WHEN " + c + " IS NULL THEN -1");
    for (int i = 0; i < bands.upperBounds().size(); i++) {
      code.append(" WHEN ")
          .append(c)
          .append(" <= ")
          .append(bands.upperBounds().get(i))
          .append(" THEN ")
          .append(i);
    }
    code.append(" ELSE ").append(bands.upperBounds().size()).append(" END");
    List<String> conditions = new ArrayList<>();
    for (String label : bands.labels()) {
      conditions.add(column.name() + " in " + label);
    }
    return new AttributeCodes(
        column, List.of(code.toString()), List.of(conditions), true, bands.upperBounds());
  }

  /** Returns the values or items held by at least {@link #MIN_SHARE} of the rows, most first. */
  private static List<String> frequentValues(Dataset dataset, ColumnProfile column) {
    String c = quote(column.name());
    String values =
        column.meaning().type() == ValueType.SET
            ? "SELECT unnest(" + c + ") AS v FROM " + Dataset.CLEAN
            : "SELECT CAST(" + c + " AS VARCHAR) AS v FROM " + Dataset.CLEAN;
    long minimum = (long) Math.ceil(MIN_SHARE * dataset.rows());
    return dataset
        .engine()
        .query(
            "SELECT v FROM ("
                + values
                + ") WHERE v IS NOT NULL GROUP BY v"
                + " HAVING count(*) >= "
                + minimum
                + " ORDER BY count(*) DESC, v",
            row -> row.getString(1));
  }
}
