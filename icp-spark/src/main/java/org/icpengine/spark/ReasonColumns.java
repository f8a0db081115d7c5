package org.icpengine.spark;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
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

  ReasonColumns(ModelSpec spec) {
    this.spec = spec;
    this.labels = lit(spec.labels().toArray(String[]::new));
  }

  /** The reasons of a scored row, from the uncapped sum. */
  Column body(Column sum) {
    Column sorted =
        array_sort(filter(array(terms().toArray(Column[]::new)), t -> t.getField("p").notEqual(0)));
    Column count = size(sorted);
    Column top = array_join(transform(slice(sorted, 1, TOP), this::words), "; ");
    Column rest =
        aggregate(
            filter(sorted, (t, i) -> i.geq(TOP)), lit(0), (acc, t) -> acc.plus(t.getField("p")));
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
    return concat(
        lit("base 50; "),
        when(count.equalTo(0), "average on every attribute").otherwise(top),
        restText,
        cap);
  }

  /** Every possible contribution: points, label, second label (−1 if none), sort key first. */
  private List<Column> terms() {
    List<Column> terms = new ArrayList<>();
    List<ModelSpec.Attribute> attributes = spec.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      ModelSpec.Attribute a = attributes.get(i);
      Column code = ScoreColumns.code(i);
      Column p = ScoreColumns.points(i);
      if (a.kind() == ModelSpec.Kind.SET_ITEM) {
        p = when(code.equalTo(0), 0).otherwise(p);
      }
      terms.add(term(p, code.plus(a.labelOffset()), lit(-1)));
    }
    int unknown = spec.labels().size() - spec.itemColumns().size();
    for (List<Integer> column : spec.itemColumns()) {
      Column p = lit(0);
      for (int i : column) {
        p = p.plus(ScoreColumns.points(i));
      }
      Column none = ScoreColumns.code(column.get(0)).equalTo(0);
      terms.add(term(when(none, p).otherwise(0), lit(unknown++), lit(-1)));
    }
    for (int k = 0; k < spec.pairs().size(); k++) {
      ModelSpec.Pair pair = spec.pairs().get(k);
      Column first =
          ScoreColumns.code(pair.first()).plus(attributes.get(pair.first()).labelOffset());
      Column second =
          ScoreColumns.code(pair.second()).plus(attributes.get(pair.second()).labelOffset());
      terms.add(term(ScoreColumns.interaction(k), first, second));
    }
    return terms;
  }

  private static Column term(Column points, Column label, Column second) {
    Column p = points.cast(DataTypes.IntegerType);
    return struct(
        org.apache.spark.sql.functions.abs(p).unary_$minus().as("k"),
        p.as("p"),
        label.cast(DataTypes.IntegerType).as("l"),
        second.cast(DataTypes.IntegerType).as("s"));
  }

  private Column words(Column term) {
    Column p = term.getField("p");
    Column label = element_at(labels, term.getField("l").plus(1));
    Column second = element_at(labels, greatest(term.getField("s"), lit(0)).plus(1));
    return concat(
        signed(p),
        lit(" "),
        label,
        when(term.getField("s").geq(0), concat(lit(" with "), second)).otherwise(""));
  }

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
