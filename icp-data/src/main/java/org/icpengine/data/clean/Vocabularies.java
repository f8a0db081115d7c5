package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.ValueExpressions.Vocabulary;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.clean.Countries;
import org.icpengine.model.clean.Spellings;

/**
 * The spellings of every categorical column of a raw table folded into a vocabulary (the rewrites
 * to canonical spellings, the values no country list knows), from the values' row counts gathered
 * in few statements: the cleaner's first step, shared with {@link CleaningQuery}.
 */
final class Vocabularies {
  /** A column's vocabulary with its number of spellings before and after folding. */
  record Count(Vocabulary vocabulary, long before, long after) {}

  private final Engine engine;

  Vocabularies(Engine engine) {
    this.engine = engine;
  }

  /** Each planned column's spellings folded into a vocabulary, in plan order. */
  List<Count> of(String raw, List<ColumnPlan> plans) {
    List<Map<String, Long>> values = valueCounts(raw, plans);
    List<Count> vocabularies = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      vocabularies.add(
          plans.get(i).type().isCategorical()
              ? fold(plans.get(i).type(), values.get(i))
              : new Count(Vocabulary.none(), 0, 0));
    }
    return vocabularies;
  }

  /**
   * Each categorical column's blanked values (a multi-valued column's items) with their row counts,
   * in plan order (empty maps for the other columns): the single-valued columns {@link
   * Cleaner#BATCH} at a time in one statement over the raw values held long, each multi-valued
   * column in one of its own (its separator is its own). Raw values are grouped first, so blanking
   * and splitting run once per distinct value.
   */
  private List<Map<String, Long>> valueCounts(String raw, List<ColumnPlan> plans) {
    List<Map<String, Long>> counts = new ArrayList<>();
    List<Integer> single = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      counts.add(new LinkedHashMap<>());
      ValueType type = plans.get(i).type();
      if (type == ValueType.SET) {
        countItems(raw, plans.get(i), counts.get(i));
      } else if (type.isCategorical()) {
        single.add(i);
      }
    }
    for (int from = 0; from < single.size(); from += Cleaner.BATCH) {
      List<Integer> batch = single.subList(from, Math.min(single.size(), from + Cleaner.BATCH));
      String columns =
          batch.stream()
              .map(i -> quote(plans.get(i).name()) + " AS " + quote(String.valueOf(i)))
              .collect(Collectors.joining(", "));
      engine.query(
          "SELECT c, icp_blank(r) AS v, sum(n) FROM (SELECT c, r, count(*) AS n FROM (UNPIVOT"
              + " (SELECT "
              + columns
              + " FROM "
              + raw
              + ") ON COLUMNS(*) INTO NAME c VALUE r) GROUP BY c, r) GROUP BY c, v",
          row -> put(counts.get(Integer.parseInt(row.getString(1))), row.getString(2), row));
    }
    return counts;
  }

  private void countItems(String raw, ColumnPlan plan, Map<String, Long> counts) {
    String distinct =
        "(SELECT " + quote(plan.name()) + " AS r, count(*) AS n FROM " + raw + " GROUP BY r)";
    engine.query(
        "SELECT v, sum(n) FROM (SELECT unnest(string_split_regex(icp_blank(r), "
            + literal(plan.setSeparator())
            + ")) AS v, n FROM "
            + distinct
            + ") GROUP BY v",
        row -> put(counts, row.getString(1), row));
  }

  private static Void put(Map<String, Long> counts, String value, java.sql.ResultSet row)
      throws java.sql.SQLException {
    if (value != null && !value.isEmpty()) {
      counts.put(value, row.getLong(row.getMetaData().getColumnCount()));
    }
    return null;
  }

  private static Count fold(ValueType type, Map<String, Long> counts) {
    Map<String, String> canonical = new LinkedHashMap<>();
    List<String> unrecognised = new ArrayList<>();
    Map<String, Long> unknown = new LinkedHashMap<>();
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      Optional<String> country =
          type == ValueType.COUNTRY ? Countries.canonical(entry.getKey()) : Optional.empty();
      if (country.isPresent()) {
        canonical.put(entry.getKey(), country.get());
      } else {
        unknown.put(entry.getKey(), entry.getValue());
      }
    }
    canonical.putAll(Spellings.fold(unknown));
    if (type == ValueType.COUNTRY) {
      unrecognised.addAll(unknown.keySet());
    }
    Map<String, String> rewrites = new LinkedHashMap<>();
    canonical.forEach(
        (from, to) -> {
          if (!from.equals(to)) {
            rewrites.put(from, to);
          }
        });
    long after = canonical.values().stream().distinct().count();
    return new Count(new Vocabulary(rewrites, unrecognised), counts.size(), after);
  }
}
