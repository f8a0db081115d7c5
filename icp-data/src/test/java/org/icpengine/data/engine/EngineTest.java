package org.icpengine.data.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineTest {
  private Engine engine;

  @BeforeEach
  void openEngine() {
    engine = Engine.open("512MB");
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void quoteAndLiteral_escapeTheirQuoteCharacter() {
    String name = "Customer's \"Tier\"";
    engine.execute(
        "CREATE TABLE t AS SELECT " + Engine.literal(name) + " AS " + Engine.quote(name));

    String value = engine.queryOne("SELECT " + Engine.quote(name) + " FROM t", r -> r.getString(1));

    assertThat(value).isEqualTo(name);
    assertThat(Engine.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(Engine.literal("O'Brien")).isEqualTo("'O''Brien'");
  }

  @Test
  void literal_keepsNulCharactersWhichWouldEndTheStatement() {
    String value = "a\0b'\0";

    String read = engine.queryOne("SELECT " + Engine.literal(value), r -> r.getString(1));

    assertThat(read).isEqualTo(value);
  }

  @Test
  void query_bindsParameters() {
    List<Long> rows =
        engine.query("SELECT ?::BIGINT + ?::BIGINT", List.of(40, 2), r -> r.getLong(1));

    assertThat(rows).containsExactly(42L);
  }

  @Test
  void queryOne_refusesAResultOfOtherThanOneRow() {
    assertThatThrownBy(() -> engine.queryOne("SELECT * FROM range(3)", r -> r.getLong(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("got 3");
  }

  @Test
  void execute_reportsTheEnginesFirstLineAndTheStatement() {
    assertThatThrownBy(() -> engine.execute("SELECT * FROM no_such_table"))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> {
              assertThat(e.getMessage())
                  .doesNotContain("\n")
                  .contains("[in: SELECT * FROM no_such_table]");
              assertThat(e.detail()).contains("no_such_table");
            });
  }

  @Test
  void execute_abbreviatesLongStatementsInMessages() {
    String sql = "SELECT " + "1 + ".repeat(200) + "nope";

    assertThatThrownBy(() -> engine.execute(sql))
        .isInstanceOf(EngineException.class)
        .hasMessageEndingWith("…]");
  }

  @Test
  void count_countsTheRowsOfARelation() {
    engine.execute("CREATE TABLE t AS SELECT * FROM range(7)");

    assertThat(engine.count("t")).isEqualTo(7);
    assertThat(engine.version()).startsWith("v");
  }

  @Test
  void open_neverDownloadsExtensions() {
    String setting =
        engine.queryOne(
            "SELECT current_setting('autoinstall_known_extensions')", r -> r.getString(1));

    assertThat(setting).isEqualToIgnoringCase("false");
  }
}
