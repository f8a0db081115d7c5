package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.literal;

import java.util.Optional;
import org.icpengine.data.engine.Engine;

/**
 * A lookup of the distinct texts a sample of a column holds, each with a value computed once for it
 * (its cleaned value, its folding key), read row by row inside a streaming statement with no join:
 * a hash table in two constant lists held in engine variables. The text's hash picks a slot; the
 * slot names the entry, whose text is compared with the row's, so a text the sample did not hold,
 * or one sharing its slot with another, is a miss and gets the full SQL. A hit costs a hash and
 * three list reads, where the SQL it replaces (trimming, placeholders, number patterns, country
 * spellings, folding keys) costs regular expressions per row; a miss costs both.
 *
 * @param name the prefix of the engine variables holding the lists
 * @param slots the hash table's size, a power of two
 */
public record ValueDictionary(String name, int slots) {
  /** A column with more distinct texts than this in the sample is computed row by row. */
  public static final int MAX_ENTRIES = 4_096;

  /** Slots per entry: few texts share a slot, and none is read as another. */
  private static final int SPREAD = 8;

  /**
   * Builds the dictionary of a relation's distinct texts and their values, when it has at most
   * {@link #MAX_ENTRIES}; empty when it has none or more.
   *
   * @param engine the engine, holding the lists as variables named after {@code name}
   * @param name a name unique among the statement's dictionaries (letters, digits, underscores)
   * @param entries a query of distinct, non-NULL texts {@code k} (VARCHAR) with their values {@code
   *     v} (any type, NULL allowed)
   */
  public static Optional<ValueDictionary> of(Engine engine, String name, String entries) {
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("a dictionary name is letters, digits, _: " + name);
    }
    long size =
        engine.queryOne(
            "SELECT count(*) FROM (SELECT 1 FROM ("
                + entries
                + ") LIMIT "
                + (MAX_ENTRIES + 1)
                + ")",
            r -> r.getLong(1));
    if (size == 0 || size > MAX_ENTRIES) {
      return Optional.empty();
    }
    int slots = Integer.highestOneBit((int) size * SPREAD - 1) << 1;
    String table = "icp_dict_" + name;
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + table
            + " AS SELECT k, v, row_number() OVER (ORDER BY k) AS i, (hash(k) % "
            + slots
            + ")::INTEGER AS s FROM ("
            + entries
            + ")");
    engine.execute("SET VARIABLE " + table + "_k = (SELECT list(k ORDER BY i) FROM " + table + ")");
    engine.execute("SET VARIABLE " + table + "_v = (SELECT list(v ORDER BY i) FROM " + table + ")");
    // a slot names its entry only when no other entry shares it
    engine.execute(
        "SET VARIABLE "
            + table
            + "_s = (SELECT list(e ORDER BY g) FROM (SELECT g, CASE WHEN count(i) = 1 THEN"
            + " max(i) END AS e FROM range("
            + slots
            + ") AS t(g) LEFT JOIN "
            + table
            + " ON s = g GROUP BY g))");
    engine.execute("DROP TABLE " + table);
    return Optional.of(new ValueDictionary(table, slots));
  }

  /** Returns the SQL of the entry a text names, or NULL when the dictionary lacks the text. */
  public String entry(String text) {
    String slot =
        "list_extract(getvariable("
            + literal(name + "_s")
            + "), (hash("
            + text
            + ") % "
            + slots
            + ")::INTEGER + 1)";
    return "CASE WHEN list_extract(getvariable("
        + literal(name + "_k")
        + "), "
        + slot
        + ") = "
        + text
        + " THEN "
        + slot
        + " END";
  }

  /** Returns the SQL of the value of an entry given by {@link #entry}. */
  public String value(String entry) {
    return "list_extract(getvariable(" + literal(name + "_v") + "), " + entry + ")";
  }

  /**
   * Returns the SQL of a text's value: the dictionary's for a text it holds, {@code otherwise} for
   * any other (computed only on the rows that miss).
   */
  public String lookup(String text, String otherwise) {
    String entry = entry(text);
    return "CASE WHEN ("
        + entry
        + ") IS NOT NULL THEN "
        + value(entry)
        + " ELSE "
        + otherwise
        + " END";
  }
}
