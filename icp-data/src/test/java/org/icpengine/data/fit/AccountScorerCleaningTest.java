package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Fixtures;
import org.icpengine.data.clean.Cleaner;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.clean.ValueCleaner;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.FoldingKey;
import org.icpengine.sample.MessyValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueCleaner} and {@link FoldingKey} against the engine's cleaning and {@code icp_key},
 * value by value, and the cleaning of the forms the scoring API will see.
 */
class AccountScorerCleaningTest {
  private static Engine engine;

  @BeforeAll
  static void open() {
    engine = Fixtures.engine();
    new Cleaner(engine);
    engine.execute(FitAttribute.KEY_MACRO);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static String list(List<String> values) {
    return values.stream()
        .map(v -> v == null ? "NULL" : Engine.literal(v))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** Cleans the values in the engine as scoring a file does; returns the expression per row. */
  private static List<String> engineCleaned(List<String> values, ValueType type, String select) {
    List<String> withNull = new ArrayList<>(values);
    withNull.add(null);
    engine.execute("CREATE OR REPLACE TABLE raw AS SELECT unnest(" + list(withNull) + ") AS v");
    new Cleaner(engine).clean("raw", List.of(ColumnPlan.of("v", type)), "clean");
    return engine.query(
        "SELECT " + select + " FROM clean ORDER BY " + Engine.quote("icp#row"),
        r -> r.getString(1));
  }

  private static void assertSame(
      List<String> values, ValueType type, String select, Function<String, String> cleaner) {
    List<String> expected = engineCleaned(values, type, select);
    List<String> actual = new ArrayList<>();
    values.forEach(v -> actual.add(cleaner.apply(v)));
    actual.add(cleaner.apply(null));
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      if (!java.util.Objects.equals(expected.get(i), actual.get(i))) {
        differences.add(
            (i < values.size() ? values.get(i) : null)
                + ": "
                + expected.get(i)
                + " / "
                + actual.get(i));
      }
    }
    assertThat(differences).as("value: engine / java").isEmpty();
  }

  private static String keys(List<String> items) {
    return items == null
        ? null
        : items.stream()
            .map(FoldingKey::of)
            .collect(Collectors.toCollection(TreeSet::new))
            .toString();
  }

  @Test
  void numbersAreReadAsTheEngineReadsThem() {
    List<Double> byEngine =
        engineCleaned(MessyValues.NUMBERS, ValueType.NUMBER, "CAST(v AS VARCHAR)").stream()
            .map(s -> s == null ? null : Double.valueOf(s))
            .toList();
    List<Double> byJava = new ArrayList<>();
    MessyValues.NUMBERS.forEach(v -> byJava.add(ValueCleaner.number(v)));
    byJava.add(null);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < MessyValues.NUMBERS.size(); i++) {
      if (!java.util.Objects.equals(byEngine.get(i), byJava.get(i))) {
        differences.add(
            MessyValues.NUMBERS.get(i) + ": " + byEngine.get(i) + " / " + byJava.get(i));
      }
    }
    assertThat(differences).as("value: engine / java").isEmpty();
    assertThat(byJava).isEqualTo(byEngine);
  }

  @Test
  void yesNoValuesCountriesDomainsAndItemsAreCleanedAsInTheEngine() {
    assertSame(
        MessyValues.BOOLEANS,
        ValueType.BOOLEAN,
        "CAST(v AS VARCHAR)",
        v -> ValueCleaner.bool(v) == null ? null : ValueCleaner.bool(v).toString());
    assertSame(MessyValues.DOMAINS, ValueType.DOMAIN, "v", v -> ValueCleaner.domain(v));
    // the engine folds a file's spellings to the commonest; the folding keys are the same
    assertSame(
        MessyValues.COUNTRIES,
        ValueType.COUNTRY,
        "icp_key(v)",
        v -> ValueCleaner.country(v) == null ? null : FoldingKey.of(ValueCleaner.country(v)));
    assertSame(
        MessyValues.INDUSTRIES,
        ValueType.CATEGORY,
        "icp_key(v)",
        v -> ValueCleaner.category(v) == null ? null : FoldingKey.of(ValueCleaner.category(v)));
    assertSame(
        MessyValues.TECH,
        ValueType.SET,
        "CAST(list_sort(list_distinct(list_transform(v, lambda x: icp_key(x)))) AS VARCHAR)",
        v -> keys(ValueCleaner.items(v)));
  }

  @Test
  void foldingKeysAreTheEnginesKeys() {
    List<String> values = new ArrayList<>();
    values.addAll(MessyValues.INDUSTRIES);
    values.addAll(MessyValues.COUNTRIES);
    values.addAll(MessyValues.TECH);
    values.addAll(
        List.of(
            "ǅ",
            "ﬁ",
            "x²",
            "Ⅷ",
            "ｆｕｌｌ",
            "İ",
            "ß",
            "ẞ",
            "Å",
            "한국",
            "ḱ̃",
            "   ",
            " ! ",
            "\u3000!\u3000",
            "a\u0301",
            "Ω",
            "K",
            "ΣΑΣ",
            "Ǆemal",
            "Ĳssel",
            "½",
            "٣",
            "e\u0308"));
    List<String> expected =
        engine.query(
            "SELECT icp_key(x) FROM unnest(" + list(values) + ") AS t(x)", r -> r.getString(1));
    assertThat(values.stream().map(FoldingKey::of).toList()).isEqualTo(expected);
  }

  @Test
  void numbersInTheirUsualForms() {
    assertThat(ValueCleaner.number("1,200")).isEqualTo(1200.0);
    assertThat(ValueCleaner.number("$5M")).isEqualTo(5e6);
    assertThat(ValueCleaner.number("200-500")).isEqualTo(350.0);
    assertThat(ValueCleaner.number("1000+")).isEqualTo(1000.0);
    assertThat(ValueCleaner.number("approx 12k")).isEqualTo(12_000.0);
    assertThat(ValueCleaner.number("12 months")).isEqualTo(12.0);
    assertThat(ValueCleaner.number("12%")).isEqualTo(12.0);
    assertThat(ValueCleaner.number("$1m-$2m")).isEqualTo(1.5e6);
    assertThat(ValueCleaner.number("2-3bn")).isEqualTo(2.5e9);
    assertThat(ValueCleaner.number(" 1e3\t")).isEqualTo(1000.0);
    assertThat(ValueCleaner.number("N/A")).isNull();
    assertThat(ValueCleaner.number("  ")).isNull();
    assertThat(ValueCleaner.number("abc")).isNull();
    assertThat(ValueCleaner.number("12employees")).isNull();
  }

  @Test
  void valuesFromJsonAreReadByTheirJavaType() {
    assertThat(ValueCleaner.number(5000)).isEqualTo(5000.0);
    assertThat(ValueCleaner.number(12.5)).isEqualTo(12.5);
    assertThat(ValueCleaner.number(new BigDecimal("1200.50"))).isEqualTo(1200.5);
    assertThat(ValueCleaner.number(Double.NaN)).isNull();
    assertThat(ValueCleaner.number(true)).isNull();
    assertThat(ValueCleaner.bool(true)).isTrue();
    assertThat(ValueCleaner.bool(0)).isFalse();
    assertThat(ValueCleaner.bool(1.0)).isTrue();
    assertThat(ValueCleaner.category(42)).isEqualTo("42");
    assertThat(ValueCleaner.text(2.5e15)).isEqualTo("2500000000000000");
    assertThat(ValueCleaner.items(List.of("Snowflake", " dbt ", "Looker, AWS")))
        .containsExactly("AWS", "Looker", "Snowflake", "dbt");
    assertThat(ValueCleaner.items(new String[] {"b", "a"})).containsExactly("a", "b");
    assertThat(ValueCleaner.items(List.of())).isNull();
    assertThat(ValueCleaner.items(";")).isEmpty();
    assertThat(ValueCleaner.country("U.K.")).isEqualTo("United Kingdom");
    assertThat(ValueCleaner.domain("https://www.Acme.com/about")).isEqualTo("acme.com");
    assertThat(ValueCleaner.clean(" 7k ", ValueType.NUMBER)).isEqualTo(7000.0);
    assertThat(Arrays.asList(ValueCleaner.trim("\u00a0 x\t"), ValueCleaner.trim("\u2003x\u2003")))
        .containsExactly("x", "x");
  }
}
