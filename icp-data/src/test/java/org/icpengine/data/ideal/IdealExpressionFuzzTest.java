package org.icpengine.data.ideal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;

/**
 * Feeds arbitrary text to the ideal-expression parser: it is parsed, or refused with a one-line
 * {@link InputException}; any other exception (a stack overflow on deep nesting, an index out of
 * bounds in the lexer) is a finding. What parses renders to SQL that names only the columns it
 * reported and carries no statement separator outside string literals.
 */
class IdealExpressionFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void ideal(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    IdealExpression expression;
    try {
      expression = IdealExpression.parse(text);
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    String sql = expression.toSql(Engine::quote);
    assertThat(withoutLiteralsAndNames(sql)).doesNotContain(";").doesNotContain("--");
    assertThat(expression.columns()).allSatisfy(c -> assertThat(sql).contains(Engine.quote(c)));
  }

  /** The SQL with its quoted strings and quoted names blanked out. */
  private static String withoutLiteralsAndNames(String sql) {
    return sql.replaceAll("'(?:[^']|'')*'", "''").replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
  }
}
