package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.ValueExpressions.Vocabulary;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.clean.Countries;

/**
 * Cleans columns row by row inside one streaming statement, with no table, no row order to restore
 * and no change codes: the values {@link ValueCleaner} gives one account, computed by the same
 * macros as {@link Cleaner}. Categorical spellings are not folded to the file's most used spelling
 * (which never changes a value's folding key, what scoring compares); countries are read as {@link
 * Countries} reads them, through a lookup of the spellings seen in a sample of the rows and, for
 * any other value, of every spelling {@link Countries} knows. A country column's sampled texts are
 * cleaned once each, into a {@link ValueDictionary}; only the rows whose text it lacks run the
 * cleaning SQL.
 */
public final class StreamCleaning {
  /** The most distinct sampled values of a country column kept in its lookup. */
  private static final int MAX_SAMPLED = 2_000;

  /** The prefix of the columns naming each row's dictionary entry. */
  private static final String ENTRY = "icp#entry";

  private StreamCleaning() {}

  /**
   * Returns a SELECT over {@code source} of the carried columns (given as {@code expression AS
   * alias}, read at the first level) and each plan's cleaned value under its output name.
   *
   * @param engine the engine, with the cleaning macros installed by {@link CleaningSql#install}
   * @param sample a relation holding a sample of the source's rows, to look up country spellings
   * @param carried the columns passed through untouched, as projections of the source
   * @param plans the columns to clean, by their names in the source
   * @param names each plan's output name, in plan order
   */
  public static String select(
      Engine engine,
      String source,
      String sample,
      List<String> carried,
      List<ColumnPlan> plans,
      List<String> names) {
    if (names.size() != plans.size()) {
      throw new IllegalArgumentException("one output name per plan: " + names + " for " + plans);
    }
    // only countries: a hit costs a hash and three list reads, about what trimming, placeholders
    // and a plain number or category cost row by row (measured: no gain for those), while a
    // country's spelling key and its lookup among every known spelling cost several times more
    List<Optional<ValueDictionary>> dictionaries = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      dictionaries.add(
          plans.get(i).type() == ValueType.COUNTRY
              ? dictionary(engine, sample, plans.get(i), i)
              : Optional.empty());
    }
    return select(engine, source, sample, carried, plans, names, dictionaries);
  }

  /**
   * The SELECT, with each column that has a dictionary of its sampled texts cleaned through it: a
   * text the dictionary holds takes its cleaned value from there and enters the cleaning SQL as
   * NULL, which costs next to nothing; any other text is cleaned by the SQL.
   */
  private static String select(
      Engine engine,
      String source,
      String sample,
      List<String> carried,
      List<ColumnPlan> plans,
      List<String> names,
      List<Optional<ValueDictionary>> dictionaries) {
    List<String> first = new ArrayList<>(carried);
    List<String> last = new ArrayList<>();
    for (String column : carried) {
      last.add(column.substring(column.lastIndexOf(" AS ") + 4));
    }
    List<String> entries = new ArrayList<>();
    List<ValueExpressions> expressions = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      ColumnPlan plan = plans.get(i);
      Vocabulary vocabulary =
          plan.type() == ValueType.COUNTRY
              ? countries(engine, sample, plan.name())
              : Vocabulary.none();
      ValueExpressions e = new ValueExpressions(plan, i, vocabulary);
      expressions.add(e);
      Optional<ValueDictionary> dictionary = dictionaries.get(i);
      String raw = quote(plan.name());
      if (dictionary.isEmpty()) {
        first.add(e.level1(raw));
        last.add("v" + i + " AS " + quote(names.get(i)));
        continue;
      }
      String entry = quote(ENTRY + i);
      entries.add(dictionary.get().entry(raw) + " AS " + entry);
      first.add(entry + " AS e" + i);
      first.add(e.level1("CASE WHEN " + entry + " IS NULL THEN " + raw + " END"));
      last.add(
          "CASE WHEN e"
              + i
              + " IS NULL THEN v"
              + i
              + " ELSE "
              + dictionary.get().value("e" + i)
              + " END AS "
              + quote(names.get(i)));
    }
    String from =
        entries.isEmpty()
            ? source
            : "(SELECT *, " + String.join(", ", entries) + " FROM " + source + ")";
    return "SELECT "
        + String.join(", ", last)
        + " FROM "
        + Cleaner.levels(from, first, expressions);
  }

  /**
   * The dictionary of a column's distinct sampled texts and their cleaned values, when the sample
   * holds few enough ({@link ValueDictionary#MAX_ENTRIES}); the values are cleaned by the same SQL
   * as the rows, so a row cleaned through the dictionary gets what the SQL would give it.
   */
  private static Optional<ValueDictionary> dictionary(
      Engine engine, String sample, ColumnPlan plan, int index) {
    String raw = quote(plan.name());
    String distinct =
        "(SELECT DISTINCT " + raw + " FROM " + sample + " WHERE " + raw + " IS NOT NULL)";
    String key = quote(ENTRY + "k");
    String cleaned =
        select(
            engine,
            distinct,
            sample,
            List.of(raw + " AS " + key),
            List.of(plan),
            List.of(ENTRY + "v"),
            List.of(Optional.empty()));
    return ValueDictionary.of(
        engine,
        "clean" + index,
        "SELECT " + key + " AS k, " + quote(ENTRY + "v") + " AS v FROM (" + cleaned + ")");
  }

  /**
   * The country spellings of a column as one lookup: each distinct sampled value with its canonical
   * name (itself when not a country), then every spelling {@link Countries} knows by its key.
   */
  private static Vocabulary countries(Engine engine, String sample, String column) {
    Map<String, String> seen = new LinkedHashMap<>();
    engine.query(
        "SELECT DISTINCT icp_blank("
            + quote(column)
            + ") AS v FROM "
            + sample
            + " WHERE v IS NOT NULL LIMIT "
            + MAX_SAMPLED,
        r -> seen.put(r.getString(1), null));
    seen.replaceAll((value, none) -> Countries.canonical(value).orElse(value));
    String known =
        new TreeMap<>(Countries.bySpellingKey())
            .entrySet().stream()
                .map(e -> literal(e.getKey()) + ": " + literal(e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ", "MAP {", "}"));
    return Vocabulary.lookup(
        seen,
        text -> {
          // Spellings.key in SQL: lower case, accents stripped, letters and digits only
          String key = "regexp_replace(strip_accents(lower(" + text + ")), '[^\\pL\\pN]', '', 'g')";
          String spelling =
              "CASE WHEN " + key + " = '' THEN lower(trim(" + text + ")) ELSE " + key + " END";
          return "coalesce(map_extract_value(" + known + ", " + spelling + "), " + text + ")";
        });
  }
}
