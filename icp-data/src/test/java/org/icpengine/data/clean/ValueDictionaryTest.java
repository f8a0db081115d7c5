package org.icpengine.data.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;

class ValueDictionaryTest {
  private static List<String> looked(Engine engine, ValueDictionary dictionary, String texts) {
    return engine.query(
        "SELECT CAST("
            + dictionary.lookup("t", "'miss:' || t")
            + " AS VARCHAR) FROM (SELECT unnest("
            + texts
            + ") AS t, generate_subscripts("
            + texts
            + ", 1) AS i) ORDER BY i",
        r -> r.getString(1));
  }

  @Test
  void lookup_givesTheHeldTextsTheirValuesAndTheOthersTheirSql() {
    try (Engine engine = Fixtures.engine()) {
      ValueDictionary dictionary =
          ValueDictionary.of(
                  engine,
                  "test",
                  "SELECT k, CASE WHEN k = 'none' THEN NULL ELSE upper(k) END AS v"
                      + " FROM (VALUES ('Retail'), ('SaaS'), ('none')) AS t(k)")
              .orElseThrow();

      assertThat(looked(engine, dictionary, "['SaaS', 'retail', 'Retail', 'none', 'Saas ', NULL]"))
          .containsExactly("SAAS", "miss:retail", "RETAIL", null, "miss:Saas ", null);
    }
  }

  @Test
  void lookup_readsNoTextAsAnotherEvenWhenTextsShareASlot() {
    try (Engine engine = Fixtures.engine()) {
      ValueDictionary dictionary =
          ValueDictionary.of(
                  engine,
                  "many",
                  "SELECT 'v' || i AS k, i AS v FROM range("
                      + ValueDictionary.MAX_ENTRIES
                      + ") t(i)")
              .orElseThrow();
      List<String> texts =
          engine.query(
              "SELECT CAST("
                  + dictionary.lookup("'v' || i", "-1")
                  + " AS VARCHAR), i"
                  + " FROM range("
                  + (ValueDictionary.MAX_ENTRIES + 500)
                  + ") t(i) ORDER BY i",
              r -> r.getString(1) + "=" + r.getLong(2));

      long hits = texts.stream().filter(t -> !t.startsWith("-1=")).count();
      // every text found is found with its own value; those past the entries are never found
      assertThat(texts)
          .allSatisfy(
              t -> {
                String[] parts = t.split("=");
                if (!parts[0].equals("-1")) {
                  assertThat(parts[0]).isEqualTo(parts[1]);
                }
              });
      assertThat(texts.subList(ValueDictionary.MAX_ENTRIES, texts.size()))
          .allMatch(t -> t.startsWith("-1="));
      // texts sharing a slot with another fall to the SQL: a few, not most
      assertThat(hits).isGreaterThan(ValueDictionary.MAX_ENTRIES * 8L / 10);
    }
  }

  @Test
  void of_isEmptyForTooManyTextsOrNone() {
    try (Engine engine = Fixtures.engine()) {
      Optional<ValueDictionary> many =
          ValueDictionary.of(
              engine,
              "big",
              "SELECT 'v' || i AS k, i AS v FROM range("
                  + (ValueDictionary.MAX_ENTRIES + 1)
                  + ") t(i)");
      Optional<ValueDictionary> none =
          ValueDictionary.of(engine, "empty", "SELECT 'a' AS k, 1 AS v WHERE false");

      assertThat(many).isEmpty();
      assertThat(none).isEmpty();
    }
  }
}
