package org.icpengine.data.ideal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.icpengine.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdealExpressionTest {
  private static String sql(String text) {
    return IdealExpression.parse(text).toSql(name -> "<" + name + ">");
  }

  @Test
  void parse_writesTheExpressionBackWithTheCallersColumnsAndFullParentheses() {
    assertThat(sql("LTV >= quantile_cont(LTV, 0.75) OVER () AND Churned = 'no'"))
        .isEqualTo("((<LTV> >= quantile_cont(<LTV>, 0.75) OVER ()) AND (<Churned> = 'no'))");
    assertThat(sql("\"Is Closed Won\" AND Amount > 20000"))
        .isEqualTo("(<Is Closed Won> AND (<Amount> > 20000))");
  }

  @Test
  void parse_collectsEachColumnOnceIgnoringCase() {
    IdealExpression expression =
        IdealExpression.parse("ltv > 1 AND LTV < 9 AND \"Annual Revenue\" > cac");

    assertThat(expression.columns()).containsExactly("ltv", "Annual Revenue", "cac");
  }

  @Test
  void parse_followsTheEnginesPrecedence() {
    assertThat(sql("a OR b AND NOT c = 1 + 2 * 3"))
        .isEqualTo("(<a> OR (<b> AND (NOT (<c> = (1 + (2 * 3))))))");
    assertThat(sql("-x ^ 2 > 1")).isEqualTo("(((-<x>) ^ 2) > 1)");
    assertThat(sql("a BETWEEN 1 AND 2 AND b")).isEqualTo("((<a> BETWEEN 1 AND 2) AND <b>)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LTV >= quantile_cont(LTV, 0.75) OVER () AND Churned = 'no'",
        "\"Is Closed Won\" AND Amount > 20000",
        "\"Converted\" = 1",
        "\"Churn\" = 'No'",
        "\"Industry\" = 'Nothing'",
        "LTV > 250000",
        "ltv >= 10000 AND churned = 'no'",
        "\"LTV\" >= quantile_cont(\"LTV\", 0.75) FILTER (WHERE NOT coalesce(\"Churned\", false))"
            + " OVER () AND NOT coalesce(\"Churned\", false) AND \"LTV\" / nullif(\"CAC\", 0) >= 3.0"
      })
  void parse_acceptsEveryIdealTheDocsTestsAndDefaultsUse(String text) {
    assertThat(IdealExpression.parse(text).columns()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plan IN ('A', 'B')|(<plan> IN ('A', 'B'))",
        "plan NOT IN ('A')|(<plan> NOT IN ('A'))",
        "plan NOT LIKE 'ent%'|(<plan> NOT LIKE 'ent%')",
        "plan ILIKE 'ent%'|(<plan> ILIKE 'ent%')",
        "ltv NOT BETWEEN 1 AND 2|(<ltv> NOT BETWEEN 1 AND 2)",
        "cac IS NOT NULL|(<cac> IS NOT NULL)",
        "won IS TRUE|(<won> IS TRUE)",
        "a IS DISTINCT FROM b|(<a> IS DISTINCT FROM <b>)",
        "a != b|(<a> <> <b>)",
        "a == b|(<a> = <b>)",
        "CAST(x AS INTEGER) > 0|(CAST(<x> AS INTEGER) > 0)",
        "TRY_CAST(x AS decimal(18, 2)) > 0|(TRY_CAST(<x> AS DECIMAL(18, 2)) > 0)",
        "x::double > 0|(CAST(<x> AS DOUBLE) > 0)",
        "signup >= DATE '2024-01-01'|(<signup> >= DATE '2024-01-01')",
        "signup >= DATE '2024-01-01' - INTERVAL 30 DAYS|(<signup> >= (DATE '2024-01-01' - INTERVAL 30 DAY))",
        "date > 3|(<date> > 3)",
        "CASE WHEN a > 1 THEN 'x' ELSE 'y' END = 'x'|((CASE WHEN (<a> > 1) THEN 'x' ELSE 'y' END) = 'x')",
        "CASE plan WHEN 'A' THEN true END|(CASE <plan> WHEN 'A' THEN TRUE END)",
        "lower(plan) = 'o''brien'|(lower(<plan>) = 'o''brien')",
        "coalesce(nullif(cac, 0), 1) < 5|(coalesce(nullif(<cac>, 0), 1) < 5)",
        "count(DISTINCT plan) OVER () > 1|(count(DISTINCT <plan>) OVER () > 1)",
        "avg(ltv) FILTER (WHERE won) OVER () < ltv|(avg(<ltv>) FILTER (WHERE <won>) OVER () < <ltv>)",
        "rank() OVER (PARTITION BY region ORDER BY ltv DESC NULLS LAST) <= 10|(rank() OVER (PARTITION BY <region> ORDER BY <ltv> DESC NULLS LAST) <= 10)",
        "sum(ltv) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) > 1|(sum(<ltv>) OVER (ORDER BY <d> ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) > 1)",
        "\"Weird \"\"name\"\"\" > .5e2|(<Weird \"name\"> > .5e2)",
      })
  void parse_acceptsTheLanguage(String text, String expected) {
    assertThat(sql(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CAST((SELECT substr(#2,1,600) FROM read_text('/etc/passwd')) AS INTEGER) > 0|positional column reference",
        "CAST((SELECT substr(content,1,600) FROM read_text('/etc/passwd')) AS INTEGER) > 0|subquery",
        "(SELECT 1) = 1|subquery",
        "ltv IN (SELECT 1)|subquery",
        "read_text('/etc/passwd') IS NULL|function read_text",
        "(SELECT count(*) FROM glob('/*')) > 0|subquery",
        "glob('/*') IS NULL|function glob",
        "getenv('HOME') = 'x'|function getenv",
        "current_setting('temp_directory') = 'x'|function current_setting",
        "length(duckdb_settings()) > 0|function duckdb_settings",
        "range(10000000000000) IS NULL|function range",
        "#2 > 0|positional column reference",
        "ltv > $1|parameter",
        "ltv > ?|parameter",
        "ltv > 1; DROP TABLE raw|second statement",
        "ltv > 1 -- comment|comment",
        "ltv > 1 /* c */|comment",
        "count(*) OVER () > 1|* (every column",
        "* > 1|* (every column)",
        "ltv > [1, 2]|list",
        "t.ltv > 1|qualified name",
        "\"read_text\"('/etc/passwd') IS NULL|quoted name as a function",
        "avg(ltv) < ltv|without OVER",
        "rank() > 1|without OVER",
        "lower(plan) OVER () = 'x'|row function lower",
        "CAST(ltv AS BLOB) > 1|the type 'BLOB'",
        "EXISTS (SELECT 1)|function exists",
        "random() > 0.5|function random",
        "ltv @ 1|character '@'",
        "avg(ltv) OVER w > 1|named window",
      })
  void parse_refusesWhatIsNotAllowedInOneLine(String text, String what) {
    assertThatThrownBy(() -> IdealExpression.parse(text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid --ideal: ")
        .hasMessageContaining(what)
        .hasMessageContaining("not allowed; use column names")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "/etc", "passwd", "/*'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ltv >= AND churned", "ltv >", "(ltv > 1", "plan = 'open", "ltv > 1 2"})
  void parse_refusesBadSyntaxSayingWhere(String text) {
    assertThatThrownBy(() -> IdealExpression.parse(text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid --ideal: ")
        .hasMessageContaining("at character");
  }

  @Test
  void parse_neverQuotesAStringLiteralInAMessage() {
    assertThatThrownBy(() -> IdealExpression.parse("plan = 'secret value' 'other secret'"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a string")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
  }

  @Test
  void parse_refusesDeepNestingAndLongExpressions() {
    assertThatThrownBy(() -> IdealExpression.parse("(".repeat(500) + "1" + ")".repeat(500)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nesting deeper");
    assertThatThrownBy(() -> IdealExpression.parse("ltv > 1" + " ".repeat(5000)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("longer than");
  }
}
