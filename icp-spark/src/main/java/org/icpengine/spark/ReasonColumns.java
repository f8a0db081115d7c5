package org.icpengine.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * The reasons as native columns, word for word as {@code icp score} writes them: base 50, the five
 * largest contributions (largest first, then negative before positive, then in label order), the
 * sum of the rest, then any cap; or, for a row with too little known, how much of the model's
 * weight it has and which columns it lacks.
 */
final class ReasonColumns {
  private static final int TOP = 5;
  private static final String MINUS = "\u2212";

  private final ModelSpec spec;
  private final Column labels;
  private final long labelRadix;
  private final long bound;

  ReasonColumns(ModelSpec spec) {
    this.spec = spec;
    this.labels = lit(spec.labels().toArray(String[]::new));
    this.labelRadix = spec.labels().size() + 1L;
    this.bound = spec.pointBound();
  }

  /**
   * The contributions as one sorted array of numbers, how many are not zero and their sum: a
   * projection of their own, so that the reasons read them without repeating them.
   */
  List<Column> order() {
    List<Term> terms = terms();
    Column count = lit(0);
    Column all = lit(0L);
    List<Column> keys = new ArrayList<>();
    for (Term t : terms) {
      count = count.plus(when(t.points().notEqual(0), 1).otherwise(0));
      all = all.plus(t.points());
      keys.add(when(t.points().notEqual(0), key(t)).otherwise(lit(Long.MAX_VALUE)));
    }
    return List.of(
        sort_array(array(keys.toArray(Column[]::new)), true).as(ScoreColumns.INTERNAL + "rs"),
        count.as(ScoreColumns.INTERNAL + "rn"),
        all.as(ScoreColumns.INTERNAL + "ra"));
  }

  /** The largest contributions' numbers, each a column of its own (after {@link #order}). */
  List<Column> top() {
    List<Column> top = new ArrayList<>();
    for (int i = 1; i <= shown(); i++) {
      top.add(element_at(col(ScoreColumns.INTERNAL + "rs"), i).as(ScoreColumns.INTERNAL + "r" + i));
    }
    return top;
  }

  private int shown() {
    return Math.min(
        TOP, spec.attributes().size() + spec.itemColumns().size() + spec.pairs().size());
  }

  /** The reasons of a scored row, from the uncapped sum (after {@link #top}). */
  Column body(Column sum) {
    Column count = col(ScoreColumns.INTERNAL + "rn");
    Column all = col(ScoreColumns.INTERNAL + "ra");
    List<Column> top = new ArrayList<>();
    Column shown = lit(0L);
    for (int i = 1; i <= shown(); i++) {
      Column key = col(ScoreColumns.INTERNAL + "r" + i);
      Column points = pointsOf(key);
      top.add(when(count.geq(i), words(points, key)));
      shown = shown.plus(when(count.geq(i), points).otherwise(0L));
    }
    Column rest = all.minus(shown);
    Column restText =
        when(
                count.gt(TOP).and(rest.notEqual(0)),
                concat(
                    lit("; "),
                    signed(rest),
                    lit(" from "),
                    count.minus(TOP).cast(DataTypes.StringType),
                    lit(" more")))
            .otherwise("");
    Column cap =
        when(
                sum.gt(100),
                concat(
                    lit("; " + MINUS),
                    sum.minus(100).cast(DataTypes.StringType),
                    lit(" capped at 100")))
            .when(
                sum.lt(0),
                concat(
                    lit("; +"), sum.unary_$minus().cast(DataTypes.StringType), lit(" capped at 0")))
            .otherwise("");
    Column listed = top.isEmpty() ? lit("") : concat_ws("; ", top.toArray(Column[]::new));
    return concat(
        lit("base 50; "),
        when(count.equalTo(0), "average on every attribute").otherwise(listed),
        restText,
        cap);
  }

  /** Every possible contribution: its points, label and second label (−1 if none). */
  private List<Term> terms() {
    List<Term> terms = new ArrayList<>();
    List<ModelSpec.Attribute> attributes = spec.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      ModelSpec.Attribute a = attributes.get(i);
      Column code = ScoreColumns.code(i);
      Column p = ScoreColumns.points(i);
      if (a.kind() == ModelSpec.Kind.SET_ITEM) {
        p = when(code.equalTo(0), 0).otherwise(p);
      }
      terms.add(new Term(p, code.plus(a.labelOffset()), lit(-1)));
    }
    int unknown = spec.labels().size() - spec.itemColumns().size();
    for (List<Integer> column : spec.itemColumns()) {
      Column p = lit(0);
      for (int i : column) {
        p = p.plus(ScoreColumns.points(i));
      }
      Column none = ScoreColumns.code(column.get(0)).equalTo(0);
      terms.add(new Term(when(none, p).otherwise(0), lit(unknown++), lit(-1)));
    }
    for (int k = 0; k < spec.pairs().size(); k++) {
      ModelSpec.Pair pair = spec.pairs().get(k);
      Column first =
          ScoreColumns.code(pair.first()).plus(attributes.get(pair.first()).labelOffset());
      Column second =
          ScoreColumns.code(pair.second()).plus(attributes.get(pair.second()).labelOffset());
      terms.add(new Term(ScoreColumns.interaction(k), first, second));
    }
    return terms;
  }

  /**
   * One contribution as a single number whose ascending order is the reasons' order: larger points
   * first, then negative before positive, then label, then second label. Sorting numbers keeps the
   * whole plan in Spark's generated code (an array of structs sorted by a comparator is evaluated
   * row by row by the interpreter).
   */
  private Column key(Term t) {
    Column p = t.points().cast(DataTypes.LongType);
    Column magnitude = lit(bound).minus(org.apache.spark.sql.functions.abs(p));
    Column sign = when(p.lt(0), 0L).otherwise(1L);
    Column label = t.label().cast(DataTypes.LongType);
    Column second = t.second().cast(DataTypes.LongType).plus(1);
    return magnitude
        .multiply(2)
        .plus(sign)
        .multiply(labelRadix)
        .plus(label)
        .multiply(labelRadix + 1)
        .plus(second);
  }

  private Column pointsOf(Column key) {
    Column rest = key.divide(lit(labelRadix + 1)).cast(DataTypes.LongType);
    Column signAndMagnitude = rest.divide(lit(labelRadix)).cast(DataTypes.LongType);
    Column magnitude = lit(bound).minus(signAndMagnitude.divide(2).cast(DataTypes.LongType));
    return when(signAndMagnitude.mod(2).equalTo(0), magnitude.unary_$minus()).otherwise(magnitude);
  }

  private Column words(Column points, Column key) {
    Column second = key.mod(lit(labelRadix + 1)).minus(1);
    Column label = key.divide(lit(labelRadix + 1)).cast(DataTypes.LongType).mod(lit(labelRadix));
    return concat(
        signed(points),
        lit(" "),
        element_at(labels, label.plus(1).cast(DataTypes.IntegerType)),
        when(
                second.geq(0),
                concat(
                    lit(" with "),
                    element_at(
                        labels, greatest(second, lit(0L)).plus(1).cast(DataTypes.IntegerType))))
            .otherwise(""));
  }

  /** A contribution's columns. */
  private record Term(Column points, Column label, Column second) {}

  private static Column signed(Column points) {
    return when(points.gt(0), concat(lit("+"), points.cast(DataTypes.StringType)))
        .otherwise(concat(lit(MINUS), points.unary_$minus().cast(DataTypes.StringType)));
  }

  /** The reasons of a row with too little known, from its coverage percentage. */
  Column insufficient(Column percent) {
    List<Column> missing = new ArrayList<>();
    for (int first : spec.coverageOrder()) {
      String name = spec.columns().get(spec.attributes().get(first).column()).name();
      missing.add(when(ScoreColumns.code(first).equalTo(0), name));
    }
    Column list = missing.isEmpty() ? lit("") : concat_ws(", ", missing.toArray(Column[]::new));
    String needs =
        String.format(Locale.ROOT, "%.1f", spec.minCoverage() * 100).replaceAll("\\.0$", "");
    return concat(
        lit("not scored: insufficient data, "),
        percent.cast(DataTypes.StringType),
        lit(" % of the model's weight known (needs " + needs + " %)"),
        when(list.notEqual(""), concat(lit("; not given: "), list)).otherwise(""));
  }
}
