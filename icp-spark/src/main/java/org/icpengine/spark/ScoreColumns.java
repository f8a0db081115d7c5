package org.icpengine.spark;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.icpengine.model.scoring.AccountScorer;

/**
 * An icp.json's fit model compiled to native Spark SQL columns: each attribute's bin as a CASE over
 * its bounds or a lookup of its levels, its points by bin, interactions, the capped sum, coverage,
 * tier (D when a disqualifier matches), status and reasons, exactly as {@code icp score} and the
 * Java scorer give them. No user-defined function: Spark optimises the whole plan.
 *
 * <p>A file's columns are matched to the model's by name (same name, or the same but for case,
 * spaces and punctuation, or a CRM's name for it). A model column the file lacks is worth 0 points
 * on every row, as with {@code icp score}.
 */
public final class ScoreColumns {
  /** The score columns added to every row, in this order. */
  public static final List<String> OUTPUT =
      List.of("icp_score", "icp_tier", "icp_reasons", "icp_coverage", "icp_status");

  static final String INTERNAL = "icp#";

  private final IcpModel model;
  private final ModelSpec spec;
  private final ValueColumns values;
  private final boolean market;

  /** Compiles a model. */
  public ScoreColumns(IcpModel model) {
    this(model, false);
  }

  /**
   * Compiles a model; for a {@code market} a scored row with a fit value outside the training
   * support gets status {@code outside_support} and its reasons end with those columns, as {@code
   * icp score --market} gives them.
   */
  public ScoreColumns(IcpModel model, boolean market) {
    this.model = model;
    this.spec = model.spec();
    this.values = new ValueColumns(IcpModel.cleaning());
    this.market = market;
  }

  /**
   * Returns the rows with the score columns added after their own (any column of theirs under a
   * score column's name is replaced).
   */
  public Dataset<Row> score(Dataset<Row> rows) {
    Dataset<Row> input = rows.drop(OUTPUT.toArray(String[]::new));
    Map<String, String> matched = model.match(Arrays.asList(input.columns()));
    boolean[] present = new boolean[spec.columns().size()];
    boolean[] typed = new boolean[present.length];
    // one projection per step, so that each cell is trimmed and cleaned once
    Dataset<Row> trimmed = input.select(prepared(input, matched, present, typed));
    Dataset<Row> clean = trimmed.select(cleaned(present, typed));
    Dataset<Row> codes = clean.select(codeColumns(present).toArray(Column[]::new));
    Dataset<Row> points = codes.select(pointColumns(present).toArray(Column[]::new));
    ReasonColumns reasons = new ReasonColumns(spec);
    Dataset<Row> ordered = points.select(withAll(reasons.order()));
    Dataset<Row> ranked = ordered.select(withAll(reasons.top()));
    Dataset<Row> scored = ranked.select(outputColumns(reasons).toArray(Column[]::new));
    return scored.drop(
        Arrays.stream(scored.columns()).filter(n -> n.startsWith(INTERNAL)).toArray(String[]::new));
  }

  /** Each matched column's trimmed text (or typed value) as {@code icp#b<column>}. */
  private Column[] prepared(
      Dataset<Row> input, Map<String, String> matched, boolean[] present, boolean[] typed) {
    List<Column> prepared = new ArrayList<>(List.of(col("*")));
    for (int c = 0; c < present.length; c++) {
      ModelSpec.ModelColumn column = spec.columns().get(c);
      String file = matched.get(column.name());
      present[c] = file != null;
      if (present[c]) {
        DataType type = type(input, file);
        typed[c] = ValueColumns.typed(type, column.type());
        prepared.add(
            values.prepared(input.col(quote(file)), type, column.type()).as(INTERNAL + "b" + c));
      }
    }
    return prepared.toArray(Column[]::new);
  }

  /** Each matched column's cleaned value as {@code icp#v<column>}. */
  private Column[] cleaned(boolean[] present, boolean[] typed) {
    List<Column> cleaning = new ArrayList<>(List.of(col("*")));
    for (int c = 0; c < present.length; c++) {
      if (present[c]) {
        Column b = col(INTERNAL + "b" + c);
        cleaning.add(
            values.cleaned(b, typed[c], spec.columns().get(c).type()).as(INTERNAL + "v" + c));
      }
    }
    return cleaning.toArray(Column[]::new);
  }

  /** Each attribute's bin as {@code icp#c<attribute>} and the disqualification. */
  private List<Column> codeColumns(boolean[] present) {
    List<Column> coded = new ArrayList<>(List.of(col("*")));
    Column[] cleaned = new Column[present.length];
    for (int c = 0; c < present.length; c++) {
      cleaned[c] = present[c] ? col(INTERNAL + "v" + c) : null;
    }
    for (int i = 0; i < spec.attributes().size(); i++) {
      ModelSpec.Attribute a = spec.attributes().get(i);
      Column code = present[a.column()] ? code(a, cleaned[a.column()]) : lit(0);
      coded.add(code.as(INTERNAL + "c" + i));
    }
    coded.add(disqualification(cleaned, present).as(INTERNAL + "dq"));
    coded.add(SupportColumns.outside(spec, cleaned, market).as(INTERNAL + "out"));
    return coded;
  }

  private static DataType type(Dataset<Row> input, String column) {
    for (StructField field : input.schema().fields()) {
      if (field.name().equals(column)) {
        return field.dataType();
      }
    }
    throw new IllegalStateException("matched a column the rows lack: " + column);
  }

  /** Quotes a column name for {@code Dataset.col}. */
  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** The bin of a cleaned value: 0 when unknown. */
  private static Column code(ModelSpec.Attribute a, Column value) {
    Column known;
    switch (a.kind()) {
      case NUMBER:
        known = search(value, a.bounds(), 1, a.bounds().size() + 1);
        break;
      case CATEGORY:
        known = level(a, value);
        break;
      case BOOLEAN:
        known = when(value, 1).otherwise(2);
        break;
      default:
        known = when(array_contains(value, a.item()), 1).otherwise(2);
    }
    return when(value.isNull(), 0).otherwise(known);
  }

  /** Bins {@code low..high} of a number by binary search over the bounds: nested CASEs. */
  private static Column search(Column value, List<Double> bounds, int low, int high) {
    if (low == high) {
      return lit(low);
    }
    int middle = (low + high) / 2;
    return when(value.leq(lit(bounds.get(middle - 1))), search(value, bounds, low, middle))
        .otherwise(search(value, bounds, middle + 1, high));
  }

  private static Column level(ModelSpec.Attribute a, Column key) {
    if (a.levels().isEmpty()) {
      return lit(a.other());
    }
    Column lookup =
        map_from_arrays(
            lit(a.levels().keySet().toArray(String[]::new)),
            lit(a.levels().values().stream().mapToInt(Integer::intValue).toArray()));
    return coalesce(try_element_at(lookup, key), lit(a.other()));
  }

  /** The reason of the first disqualifier whose column holds its value, else null. */
  private Column disqualification(Column[] cleaned, boolean[] present) {
    Column reason = lit(null).cast(DataTypes.StringType);
    List<ModelSpec.Rule> rules = spec.rules();
    for (int r = rules.size() - 1; r >= 0; r--) {
      ModelSpec.Rule rule = rules.get(r);
      ModelSpec.ColumnType type = spec.columns().get(rule.column()).type();
      if (!present[rule.column()] || rule.set() != (type == ModelSpec.ColumnType.SET)) {
        continue;
      }
      Column value = cleaned[rule.column()];
      Column match =
          rule.set()
              ? array_contains(value, rule.key())
              : engineKey(value, type).equalTo(rule.key());
      reason = when(coalesce(match, lit(false)), rule.reason()).otherwise(reason);
    }
    return reason;
  }

  /** The folding key of a cleaned number or yes/no as text; keys stay as they are. */
  private Column engineKey(Column value, ModelSpec.ColumnType type) {
    if (type == ModelSpec.ColumnType.NUMBER || type == ModelSpec.ColumnType.BOOLEAN) {
      return values.key(value.cast(DataTypes.StringType));
    }
    return value;
  }

  /** Each attribute's and interaction's points, the sum and the known weight. */
  private List<Column> pointColumns(boolean[] present) {
    List<Column> columns = new ArrayList<>(List.of(col("*")));
    Column sum = lit(50);
    Column known = lit(0L);
    Column any = lit(false);
    for (int i = 0; i < spec.attributes().size(); i++) {
      ModelSpec.Attribute a = spec.attributes().get(i);
      Column code = code(i);
      Column p = present[a.column()] ? element_at(lit(ints(a.points())), code.plus(1)) : lit(0);
      columns.add(p.as(INTERNAL + "p" + i));
      sum = sum.plus(col(INTERNAL + "p" + i));
      known = known.plus(when(code.gt(0), lit(spec.weights().get(i))).otherwise(lit(0L)));
      any = any.or(code.gt(0));
    }
    for (int k = 0; k < spec.pairs().size(); k++) {
      ModelSpec.Pair pair = spec.pairs().get(k);
      boolean both =
          present[spec.attributes().get(pair.first()).column()]
              && present[spec.attributes().get(pair.second()).column()];
      Column q = both ? interaction(pair) : lit(0);
      columns.add(q.as(INTERNAL + "q" + k));
      sum = sum.plus(col(INTERNAL + "q" + k));
    }
    columns.add(sum.as(INTERNAL + "sum"));
    columns.add(known.as(INTERNAL + "known"));
    long total = total();
    Column enough =
        any.and(known.cast(DataTypes.DoubleType).divide(total).geq(lit(spec.minCoverage())));
    columns.add(enough.as(INTERNAL + "enough"));
    return columns;
  }

  private static Column interaction(ModelSpec.Pair pair) {
    Column first = element_at(lit(ints(pair.firstGroups())), code(pair.first()).plus(1));
    Column second = element_at(lit(ints(pair.secondGroups())), code(pair.second()).plus(1));
    int[][] grid = pair.points().stream().map(ScoreColumns::ints).toArray(int[][]::new);
    return element_at(element_at(lit(grid), first.plus(1)), second.plus(1));
  }

  static Column code(int attribute) {
    return col(INTERNAL + "c" + attribute);
  }

  static Column points(int attribute) {
    return col(INTERNAL + "p" + attribute);
  }

  static Column interaction(int pair) {
    return col(INTERNAL + "q" + pair);
  }

  long total() {
    return Math.max(1, spec.weights().stream().mapToLong(Long::longValue).sum());
  }

  private static Column[] withAll(List<Column> added) {
    List<Column> columns = new ArrayList<>(List.of(col("*")));
    columns.addAll(added);
    return columns.toArray(Column[]::new);
  }

  private List<Column> outputColumns(ReasonColumns reasons) {
    Column enough = col(INTERNAL + "enough");
    Column dq = col(INTERNAL + "dq");
    Column sum = col(INTERNAL + "sum");
    Column capped = greatest(lit(0), least(lit(100), sum));
    List<Integer> t = spec.tiers();
    Column tier =
        when(dq.isNotNull(), "D")
            .when(enough.unary_$bang(), lit(null).cast(DataTypes.StringType))
            .when(capped.geq(t.get(0)), "A")
            .when(capped.geq(t.get(1)), "B")
            .when(capped.geq(t.get(2)), "C")
            .otherwise("D");
    long total = total();
    Column scaled = col(INTERNAL + "known").multiply(200).plus(total);
    Column percent = scaled.minus(scaled.mod(2 * total)).divide(2 * total).cast(DataTypes.LongType);
    Column prefix = coalesce(concat(lit("disqualified: "), dq, lit("; ")), lit(""));
    Column out = col(INTERNAL + "out");
    Column outside = dq.isNull().and(enough).and(out.notEqual(""));
    Column text =
        concat(
            prefix,
            when(enough, reasons.body(sum)).otherwise(reasons.insufficient(percent)),
            when(outside, concat(lit(AccountScorer.OUTSIDE_SUPPORT), out)).otherwise(""));
    List<Column> columns = new ArrayList<>(List.of(col("*")));
    columns.add(when(enough, capped).as(OUTPUT.get(0)));
    columns.add(tier.as(OUTPUT.get(1)));
    columns.add(text.as(OUTPUT.get(2)));
    columns.add(percent.cast(DataTypes.DoubleType).divide(100).as(OUTPUT.get(3)));
    columns.add(
        when(dq.isNotNull(), "disqualified")
            .when(outside, "outside_support")
            .when(enough, "scored")
            .otherwise("insufficient_data")
            .as(OUTPUT.get(4)));
    return columns;
  }

  static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
