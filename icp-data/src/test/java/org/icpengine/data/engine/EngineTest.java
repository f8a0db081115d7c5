package org.icpengine.data.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void streamingMemoryLimit_isAThirdOfMemoryAtMost2GbPerCoreAtLeast1Gb() {
    long gib = 1L << 30;
    assertThat(Engine.streamingMemoryLimit(24 * gib, 2)).isEqualTo("4096MB");
    assertThat(Engine.streamingMemoryLimit(24 * gib, 1)).isEqualTo("2048MB");
    assertThat(Engine.streamingMemoryLimit(24 * gib, 8)).isEqualTo("8192MB");
    assertThat(Engine.streamingMemoryLimit(6 * gib, 8)).isEqualTo("2048MB");
    assertThat(Engine.streamingMemoryLimit(2 * gib, 1)).isEqualTo("1024MB");
  }

  @Test
  void streamingMemoryLimit_isAcceptedByTheEngine() {
    try (Engine engine = Engine.open(Engine.streamingMemoryLimit())) {
      String limit =
          engine.queryOne("SELECT current_setting('memory_limit')", row -> row.getString(1));
      assertThat(limit).matches("[0-9.]+ [KMG]iB");
    }
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

  @Test
  void open_refusesToReadFilesOutsideItsAccess() {
    assertThatThrownBy(() -> engine.query("SELECT * FROM read_text('/etc/passwd')", r -> 1))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("disabled by configuration");
    assertThatThrownBy(() -> engine.query("SELECT * FROM glob('/*')", r -> 1))
        .isInstanceOf(EngineException.class);
    assertThatThrownBy(
            () -> engine.query("SELECT * FROM read_csv('http://example.com/x.csv')", r -> 1))
        .isInstanceOf(EngineException.class);
  }

  @Test
  void open_locksTheConfiguration() {
    for (String statement :
        List.of(
            "SET enable_external_access = true",
            "SET allowed_directories = ['/']",
            "RESET lock_configuration",
            "SET default_collation = 'nocase'",
            "INSTALL httpfs",
            "LOAD httpfs")) {
      assertThatThrownBy(() -> engine.execute(statement))
          .as(statement)
          .isInstanceOf(EngineException.class);
    }
    String external =
        engine.queryOne("SELECT current_setting('enable_external_access')", r -> r.getString(1));
    assertThat(external).isEqualToIgnoringCase("false");
  }

  @Test
  void open_neverLoadsExtensionsOnItsOwn() {
    String setting =
        engine.queryOne("SELECT current_setting('autoload_known_extensions')", r -> r.getString(1));

    assertThat(setting).isEqualToIgnoringCase("false");
  }

  @Test
  void readable_stagesAFileNotGrantedAndReadsAGrantedOneInPlace(@TempDir Path dir)
      throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"), "x\n1\n2\n");
    assertThatThrownBy(
            () -> engine.count("read_csv(" + Engine.literal(csv.toRealPath().toString()) + ")"))
        .isInstanceOf(EngineException.class);

    Path staged = engine.readable(csv);

    assertThat(staged).isNotEqualTo(csv.toRealPath());
    assertThat(engine.count("read_csv(" + Engine.literal(staged.toString()) + ")")).isEqualTo(2);
    try (Engine granted = Engine.open("512MB", EngineAccess.reading(csv))) {
      assertThat(granted.readable(csv)).isEqualTo(csv.toRealPath());
      assertThat(granted.count("read_csv(" + Engine.literal(csv.toRealPath().toString()) + ")"))
          .isEqualTo(2);
    }
  }

  @Test
  void copy_writesTheResultToTheTargetThroughItsOwnFolder(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.csv");
    assertThatThrownBy(
            () ->
                engine.execute(
                    "COPY (SELECT 1) TO " + Engine.literal(target.toAbsolutePath().toString())))
        .isInstanceOf(EngineException.class);

    engine.copy("SELECT 42 AS answer", "(FORMAT csv, HEADER true)", target);

    assertThat(Files.readString(target)).isEqualTo("answer\n42\n");
  }

  @Test
  void interrupt_endsARunningQueryWithAClearException() throws Exception {
    var running =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                engine.queryOne(
                    "SELECT count(*) FROM range(10000000000000) a WHERE hash(a.range) = 7",
                    r -> r.getLong(1)));
    Thread.sleep(300);

    engine.interrupt();

    assertThatThrownBy(() -> running.get(30, java.util.concurrent.TimeUnit.SECONDS))
        .hasCauseInstanceOf(EngineException.class)
        .cause()
        .hasMessageContaining("interrupted")
        .satisfies(e -> assertThat(((EngineException) e).interrupted()).isTrue());
  }
}
