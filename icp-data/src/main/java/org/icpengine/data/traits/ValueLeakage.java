package org.icpengine.data.traits;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.profile.ColumnProfile;

/**
 * Leakage judged on values: a column that has a value almost only on ideal accounts (a contract
 * number, a renewal date, a "reason won") was filled in once the outcome was known. The ideal flags
 * must have been evaluated.
 */
final class ValueLeakage {
  /** The share of the rows with a value that are ideal, from which the column leaks. */
  static final double PURITY = 0.95;

  /** The fewest ideal rows with a value that make evidence. */
  static final long MIN_IDEAL = 10;

  /** Above this ideal rate, "a value almost only on ideal rows" says nothing. */
  static final double MAX_IDEAL_RATE = 0.8;

  private ValueLeakage() {}

  /** Returns, per column found to leak, the evidence in words. */
  static Map<String, String> find(Dataset dataset, List<ColumnProfile> columns) {
    Map<String, String> evidence = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      return evidence;
    }
    List<String> counts = new ArrayList<>(List.of("count_if(f.ideal)", "count_if(NOT f.ideal)"));
    for (ColumnProfile column : columns) {
      String v = "c." + quote(column.name());
      counts.add("count(" + v + ") FILTER (WHERE f.ideal)");
      counts.add("count(" + v + ") FILTER (WHERE NOT f.ideal)");
    }
    String row = quote(CleanedTable.ROW);
    long[] figures =
        dataset
            .engine()
            .queryOne(
                "SELECT "
                    + String.join(", ", counts)
                    + " FROM "
                    + Dataset.CLEAN
                    + " c JOIN "
                    + Ideals.FLAGS
                    + " f ON c."
                    + row
                    + " = f."
                    + row,
                r -> {
                  long[] values = new long[counts.size()];
                  for (int i = 0; i < values.length; i++) {
                    values[i] = r.getLong(i + 1);
                  }
                  return values;
                });
    long ideal = figures[0];
    long rest = figures[1];
    if (ideal + rest == 0 || ideal > MAX_IDEAL_RATE * (ideal + rest)) {
      return evidence;
    }
    for (int i = 0; i < columns.size(); i++) {
      long onIdeal = figures[2 + 2 * i];
      long onRest = figures[3 + 2 * i];
      if (onIdeal >= MIN_IDEAL && onIdeal >= PURITY * (onIdeal + onRest) && 2 * onRest <= rest) {
        evidence.put(
            columns.get(i).name(),
            String.format(
                Locale.ROOT,
                "it has a value on %,d of %,d ideal accounts but on only %,d of %,d others, so it"
                    + " is probably filled in once the outcome is known",
                onIdeal,
                ideal,
                onRest,
                rest));
      }
    }
    return evidence;
  }
}
