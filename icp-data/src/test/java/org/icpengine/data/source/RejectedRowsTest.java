package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RejectedRowsTest {
  private Engine engine;

  @BeforeEach
  void openEngine() {
    engine = Fixtures.engine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void read_padsShortRowsAndReportsThemWithTheirLine() {
    LoadedSource source = read("accounts-short-rows.csv", ReadOptions.defaults());

    assertThat(source.rows()).isEqualTo(5);
    assertThat(Fixtures.rows(engine, "raw")).contains(Arrays.asList("Globex", "Retail", null));
    assertThat(source.problems()).hasSize(1);
    RowProblem problem = source.problems().get(0);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.rawValue()).isEqualTo("Globex,Retail");
    assertThat(problem.reason()).contains("has 2 fields, expected 3").contains("kept");
  }

  @Test
  void read_skipsLongRowsAndReportsThemWithTheirLine() {
    LoadedSource source = read("accounts-long-rows.csv", ReadOptions.defaults());

    assertThat(source.rows()).isEqualTo(4);
    assertThat(Fixtures.rows(engine, "raw"))
        .extracting(row -> row.get(0))
        .containsExactly("Acme", "Globex", "Umbrella", "Hooli");
    assertThat(source.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(4);
              assertThat(problem.reason()).contains("has 4 fields, expected 3").contains("skipped");
              assertThat(problem.describe()).startsWith("line 4: ");
            });
  }

  @Test
  void read_keepsRowsInFileOrderWhenAShortRowIsPadded() {
    read("accounts-short-rows.csv", ReadOptions.defaults());

    assertThat(Fixtures.rows(engine, "raw"))
        .extracting(row -> row.get(0))
        .containsExactly("Acme", "Globex", "Initech", "Umbrella", "Hooli");
  }

  @Test
  void read_reportsAndKeepsARowMissingSeveralFieldsOnce() {
    LoadedSource source = read("accounts-rows-two-fields-off.csv", ReadOptions.defaults());

    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(
            List.of("Acme", "Fintech", "120"),
            Arrays.asList("Globex", null, null),
            List.of("Initech", "Media", "9"),
            List.of("Hooli", "Tech", "800"));
    assertThat(source.problems()).extracting(RowProblem::line).containsExactly(3L, 5L);
    assertThat(source.problems().get(1).reason()).contains("has 5 fields");
  }

  @Test
  void read_inStrictModeFailsOnTheFirstRaggedRowNamingItsLine() {
    ReadOptions strict = ReadOptions.builder().strict(true).build();

    assertThatThrownBy(() -> read("accounts-short-rows.csv", strict))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("--strict");
    assertThatThrownBy(() -> read("accounts-long-rows.csv", strict))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 4");
  }

  @Test
  void read_refusesAFileWithMostlyRaggedRowsAndSuggestsTheDelimiterOption() {
    assertThatThrownBy(() -> read("accounts-mostly-ragged.csv", ReadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("4 of 5 rows")
        .hasMessageContaining("comma")
        .hasMessageContaining("--delimiter");
  }

  @Test
  void rowProblem_shortensLongRawValues() {
    RowProblem problem = new RowProblem(7, null, "x".repeat(500), "too long");

    assertThat(problem.rawValue()).hasSize(201).endsWith("…");
    assertThat(problem.column()).isEmpty();
    assertThat(new RowProblem(7, "Employees", "abc", "unreadable").describe())
        .isEqualTo("line 7, column 'Employees': unreadable");
  }

  private LoadedSource read(String fixture, ReadOptions options) {
    Path file = Fixtures.resource(RejectedRowsTest.class, fixture);
    return new SourceReader(engine).read(file, options, "raw");
  }
}
