package org.icpengine.spark;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Scoring a market on Spark: the column naming a row's fit columns whose cleaned value lies outside
 * the training support, joined by ", " in the support's order ('' when none) — the test of {@code
 * TrainingSupport.Column.outside} in Java and of {@code SupportSql} in the engine, over the same
 * cleaned values and folding keys.
 */
final class SupportColumns {
  private SupportColumns() {}

  /**
   * Returns the outside columns of a row whose cleaned values are {@code cleaned} (null where the
   * file lacks the column), or '' for every row when not scoring a {@code market}.
   */
  static Column outside(ModelSpec spec, Column[] cleaned, boolean market) {
    List<Column> parts = new ArrayList<>();
    if (market) {
      for (ModelSpec.Support support : spec.support()) {
        Column value = cleaned[support.column()];
        if (value != null) {
          parts.add(when(test(support, value), lit(support.name())));
        }
      }
    }
    return parts.isEmpty() ? lit("") : concat_ws(", ", parts.toArray(Column[]::new));
  }

  private static Column test(ModelSpec.Support support, Column value) {
    if (support.min() != null) {
      return value.lt(lit(support.min())).or(value.gt(lit(support.max())));
    }
    Column seen = lit(support.keys().toArray(String[]::new));
    if (support.set()) {
      return exists(value, x -> x.isNotNull().and(not(array_contains(seen, x))));
    }
    return not(array_contains(seen, value));
  }
}
