package org.icpengine.data.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.InputException;
import org.icpengine.data.profile.ColumnNames;
import org.icpengine.model.clean.Spellings;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Finds the file column that holds each column of a score model — the one matcher of {@code icp
 * score}, {@code icp demo}, the API and the web app. A model column is found, in this order of
 * evidence:
 *
 * <ol>
 *   <li>under the name the user gave ({@link ColumnMatch.Kind#GIVEN}), which overrides the rest;
 *   <li>under its own name ({@link ColumnMatch.Kind#EXACT});
 *   <li>under the same name but for case, spaces and punctuation ("Number of Employees" for
 *       "NumberOfEmployees", {@link ColumnMatch.Kind#NORMALISED});
 *   <li>under a Salesforce or HubSpot name for the same property ("Technologies" for "Tech Stack",
 *       "Country/Region" for "Billing Country", {@link ColumnMatch.Kind#SYNONYM}), from the one
 *       table {@code column-synonyms.txt};
 *   <li>as a still unmatched column at least {@link #MIN_OVERLAP} of whose distinct non-empty
 *       sampled values (items, for a multi-valued column) are levels of the model column, the
 *       categorical vocabulary stored in the model ({@link ColumnMatch.Kind#VALUES}); of several,
 *       the largest overlap wins.
 * </ol>
 *
 * <p>Each step runs over every model column before the next, so a column found by name is never
 * taken by weaker evidence for another; a file column holds at most one model column, except those
 * the user gave.
 */
public final class ColumnMatcher {
  /** The share of a column's distinct sampled values that must be model levels: one half. */
  public static final double MIN_OVERLAP = 0.5;

  /** The fewest distinct values a column needs before its values count as evidence. */
  public static final int MIN_DISTINCT = 2;

  /** The distinct values of a file column, sampled; empty when none are at hand. */
  @FunctionalInterface
  public interface ValueSample {
    /** Returns distinct raw values of the column, as text. */
    List<String> values(String fileColumn);

    /** Returns a sample that has no values: matching goes by names only. */
    static ValueSample none() {
      return column -> List.of();
    }
  }

  private final List<String> modelColumns;
  private final Vocabulary vocabulary;

  /** Creates the matcher for a model. */
  public ColumnMatcher(ScoreModel model) {
    this.modelColumns = model.columns();
    this.vocabulary = Vocabulary.of(model);
  }

  /** Returns the model's columns, in model order. */
  public List<String> modelColumns() {
    return modelColumns;
  }

  /**
   * Matches by names and by values, returning one match per model column found, in model order.
   *
   * @param given model column to file column, chosen by the user; these win
   * @throws InputException when {@code given} names a column the model or the file lacks
   */
  public List<ColumnMatch> match(
      List<String> fileColumns, Map<String, String> given, ValueSample sample) {
    check(fileColumns, given);
    Map<String, ColumnMatch> found = new HashMap<>();
    Set<String> used = new HashSet<>();
    given.forEach(
        (model, file) -> {
          found.put(model, new ColumnMatch(model, file, ColumnMatch.Kind.GIVEN, "given"));
          used.add(file);
        });
    byName(fileColumns, found, used, ColumnMatch.Kind.EXACT, (m, f) -> same(m, f, true));
    byName(fileColumns, found, used, ColumnMatch.Kind.NORMALISED, (m, f) -> same(m, f, false));
    byName(fileColumns, found, used, ColumnMatch.Kind.SYNONYM, ColumnSynonyms::reason);
    byValues(fileColumns, found, used, sample);
    List<ColumnMatch> matches = new ArrayList<>();
    for (String column : modelColumns) {
      Optional.ofNullable(found.get(column)).ifPresent(matches::add);
    }
    return List.copyOf(matches);
  }

  /** Matches by names only (an account's keys, or a file whose values are not at hand). */
  public List<ColumnMatch> match(List<String> fileColumns, Map<String, String> given) {
    return match(fileColumns, given, ValueSample.none());
  }

  /** Returns the matches as model column to file column. */
  public static Map<String, String> asMap(List<ColumnMatch> matches) {
    Map<String, String> map = new LinkedHashMap<>();
    matches.forEach(m -> map.put(m.modelColumn(), m.fileColumn()));
    return map;
  }

  /**
   * Returns an account's values keyed by model column where a key was matched to one, the other
   * keys as they were: what {@link AccountScorer} reads, after matching the keys by name.
   */
  public static <V> Map<String, V> rekey(Map<String, V> values, List<ColumnMatch> matches) {
    Map<String, String> byFileColumn = new HashMap<>();
    matches.forEach(m -> byFileColumn.put(m.fileColumn(), m.modelColumn()));
    Map<String, V> rekeyed = new LinkedHashMap<>();
    values.forEach((key, value) -> rekeyed.put(byFileColumn.getOrDefault(key, key), value));
    return rekeyed;
  }

  private interface Evidence {
    Optional<String> reason(String modelColumn, String fileColumn);
  }

  private void byName(
      List<String> fileColumns,
      Map<String, ColumnMatch> found,
      Set<String> used,
      ColumnMatch.Kind kind,
      Evidence evidence) {
    for (String model : modelColumns) {
      if (found.containsKey(model)) {
        continue;
      }
      for (String file : fileColumns) {
        Optional<String> reason =
            used.contains(file) ? Optional.empty() : evidence.reason(model, file);
        if (reason.isPresent()) {
          found.put(model, new ColumnMatch(model, file, kind, reason.get()));
          used.add(file);
          break;
        }
      }
    }
  }

  private static Optional<String> same(String model, String file, boolean exact) {
    if (exact) {
      return model.equals(file) ? Optional.of("same name") : Optional.empty();
    }
    return Spellings.key(model).equals(Spellings.key(file))
        ? Optional.of("same name but for case, spaces and punctuation")
        : Optional.empty();
  }

  private void byValues(
      List<String> fileColumns,
      Map<String, ColumnMatch> found,
      Set<String> used,
      ValueSample sample) {
    Map<String, List<String>> samples = new HashMap<>();
    for (String model : modelColumns) {
      if (found.containsKey(model) || !vocabulary.has(model)) {
        continue;
      }
      String best = null;
      double bestOverlap = MIN_OVERLAP;
      for (String file : fileColumns) {
        if (used.contains(file)) {
          continue;
        }
        List<String> values = samples.computeIfAbsent(file, sample::values);
        double overlap = vocabulary.overlap(model, values, MIN_DISTINCT);
        if (overlap >= bestOverlap && (best == null || overlap > bestOverlap)) {
          best = file;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        String reason =
            String.format(
                Locale.ROOT, "%.0f %% of its values are levels of %s", 100 * bestOverlap, model);
        found.put(model, new ColumnMatch(model, best, ColumnMatch.Kind.VALUES, reason));
        used.add(best);
      }
    }
  }

  private void check(List<String> fileColumns, Map<String, String> given) {
    for (Map.Entry<String, String> entry : given.entrySet()) {
      if (!modelColumns.contains(entry.getKey())) {
        throw new InputException(
            "the column match names '"
                + entry.getKey()
                + "', which is not a column of the model: use one of "
                + String.join(", ", modelColumns));
      }
      if (!fileColumns.contains(entry.getValue())) {
        throw new InputException(
            "the column match names '"
                + entry.getValue()
                + "', which the file does not have"
                + ColumnNames.suggestion(entry.getValue(), fileColumns));
      }
    }
  }
}
