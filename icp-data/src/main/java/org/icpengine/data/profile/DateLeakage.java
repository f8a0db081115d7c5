package org.icpengine.data.profile;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;

/**
 * Leakage judged on dates: a date column whose values fall after the outcome's date (the close,
 * win, conversion, churn or cancellation date) in nearly every row was recorded after the outcome
 * was known.
 */
final class DateLeakage {
  /** The share of rows with both dates where the column's date is later, from which it leaks. */
  static final double AFTER = 0.9;

  /** The fewest rows with both dates that make evidence. */
  static final long MIN_ROWS = 20;

  private static final Pattern OUTCOME_DATE =
      Pattern.compile(
          "\\b(close|closed|won|lost|converted|conversion|churn|churned|cancel|cancell?ed|"
              + "cancellation|end|ended)\\b");

  private DateLeakage() {}

  /** Returns, per date column found to leak, the evidence in words. */
  static Map<String, String> find(Engine engine, String view, List<ColumnPlan> plans) {
    List<String> dates =
        plans.stream().filter(p -> p.type() == ValueType.DATE).map(ColumnPlan::name).toList();
    Optional<String> outcome =
        dates.stream().filter(d -> OUTCOME_DATE.matcher(HeaderRules.words(d)).find()).findFirst();
    Map<String, String> evidence = new LinkedHashMap<>();
    if (outcome.isEmpty() || dates.size() < 2) {
      return evidence;
    }
    List<String> others = dates.stream().filter(d -> !d.equals(outcome.get())).toList();
    List<String> counts = new ArrayList<>();
    String o = quote(outcome.get());
    for (String other : others) {
      String d = quote(other);
      counts.add("count(*) FILTER (WHERE " + d + " IS NOT NULL AND " + o + " IS NOT NULL)");
      counts.add("count(*) FILTER (WHERE " + d + " > " + o + ")");
    }
    long[] figures =
        engine.queryOne(
            "SELECT " + String.join(", ", counts) + " FROM " + view,
            row -> {
              long[] values = new long[counts.size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = row.getLong(i + 1);
              }
              return values;
            });
    for (int i = 0; i < others.size(); i++) {
      long both = figures[2 * i];
      long after = figures[2 * i + 1];
      if (both >= MIN_ROWS && after >= AFTER * both) {
        evidence.put(
            others.get(i),
            String.format(
                Locale.ROOT,
                "its date falls after %s, the outcome's date, in %.0f%% of the %,d rows with"
                    + " both dates, so it was recorded after the outcome was known",
                outcome.get(),
                100.0 * after / both,
                both));
      }
    }
    return evidence;
  }
}
