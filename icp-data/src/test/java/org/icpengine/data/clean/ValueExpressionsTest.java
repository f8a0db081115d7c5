package org.icpengine.data.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.RowProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValueExpressionsTest {
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
  void clean_readsCountsWithUnitsSeparatorsSuffixesRangesAndBands() {
    Dataset dataset = open("accounts-messy-numbers.csv");

    assertThat(type(dataset, "Employees")).isEqualTo(ValueType.NUMBER);
    assertThat(numbers(dataset, "Employees"))
        .containsExactly(907.0, 1200.0, 1200.0, 125.5, 10001.0, null, null, null, null, 45.0);
  }

  @Test
  void clean_readsMoneyWithCurrenciesAndSuffixes() {
    Dataset dataset = open("accounts-messy-numbers.csv");

    assertThat(numbers(dataset, "AnnualRevenue"))
        .containsExactly(1.1e9, 3e6, 3e6, 4.2e6, 850e3, 12.5e6, 12.5e6, 1e3, 2.5e6, 3e6);
  }

  @Test
  void clean_readsPercentagesAsTheirNumber() {
    Dataset dataset = open("accounts-messy-numbers.csv");

    assertThat(type(dataset, "Discount")).isEqualTo(ValueType.NUMBER);
    assertThat(numbers(dataset, "Discount"))
        .containsExactly(15.0, 7.5, 0.0, 10.0, null, 5.0, null, 20.0, 12.0, 3.0);
  }

  @Test
  void clean_countsEachKindOfNumberChange() {
    CleanedColumn employees = cleaning(open("accounts-messy-numbers.csv"), "Employees");

    assertThat(employees.count(ChangeKind.REFORMATTED)).isEqualTo(3);
    assertThat(employees.count(ChangeKind.RANGE)).isEqualTo(1);
    assertThat(employees.count(ChangeKind.OPEN_BAND)).isEqualTo(1);
    assertThat(employees.count(ChangeKind.UNREADABLE)).isEqualTo(2);
    assertThat(employees.count(ChangeKind.PLACEHOLDER)).isEqualTo(1);
    assertThat(employees.count(ChangeKind.EMPTY)).isEqualTo(1);
    assertThat(employees.count(ChangeKind.TRIMMED)).isEqualTo(1);
    assertThat(employees.count(ChangeKind.UNCHANGED)).isZero();
    assertThat(employees.changed()).isEqualTo(9);
    assertThat(CleaningNotes.describe(employees))
        .contains("1 ranges read as their midpoint", "2 unreadable, set to missing");
  }

  @Test
  void clean_reportsUnreadableNumbersAsRowProblemsWithLineAndColumn() {
    CleanedColumn employees = cleaning(open("accounts-messy-numbers.csv"), "Employees");

    assertThat(employees.problems())
        .extracting(RowProblem::line, RowProblem::column, RowProblem::rawValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7L, "Employees", "12,5"),
            org.assertj.core.groups.Tuple.tuple(8L, "Employees", "abc"));
    assertThat(employees.problems().get(0).reason()).contains("not readable as number");
  }

  @Test
  void clean_readsYesNoSpellingsAndCountsThem() {
    Dataset dataset = open("accounts-yes-no-spellings.csv");

    assertThat(type(dataset, "Churned")).isEqualTo(ValueType.BOOLEAN);
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 19; i++) {
      expected.add(String.valueOf(i % 2 == 0));
    }
    expected.addAll(Arrays.asList(null, null));
    assertThat(Fixtures.cleaned(dataset, "Churned")).isEqualTo(expected);
    CleanedColumn churned = cleaning(dataset, "Churned");
    assertThat(churned.count(ChangeKind.UNCHANGED)).isEqualTo(4);
    assertThat(churned.count(ChangeKind.REFORMATTED)).isEqualTo(15);
    assertThat(churned.count(ChangeKind.UNREADABLE)).isEqualTo(1);
    assertThat(churned.count(ChangeKind.PLACEHOLDER)).isEqualTo(1);
    assertThat(churned.problems()).singleElement().extracting(RowProblem::line).isEqualTo(21L);
  }

  @Test
  void clean_readsUsDayFirstIsoAndWrittenOutDatesAlike() {
    Dataset dataset = open("accounts-date-layouts.csv");
    List<String> iso = Fixtures.cleaned(dataset, "Signed");

    assertThat(iso).startsWith("2021-03-04", "2020-12-31", "2019-01-15").endsWith((String) null);
    for (String column : List.of("Customer Since", "Renewal Date", "Founded")) {
      assertThat(type(dataset, column)).as(column).isEqualTo(ValueType.DATE);
      assertThat(Fixtures.cleaned(dataset, column)).as(column).isEqualTo(iso);
    }
    assertThat(cleaning(dataset, "Signed").count(ChangeKind.UNCHANGED)).isEqualTo(10);
    assertThat(cleaning(dataset, "Renewal Date").count(ChangeKind.REFORMATTED)).isEqualTo(10);
    assertThat(cleaning(dataset, "Customer Since").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.rawValue()).isEqualTo("soon"));
  }

  @Test
  void clean_cutsWebsitesToTheirDomain() {
    Dataset dataset = open("accounts-websites.csv");

    assertThat(Fixtures.cleaned(dataset, "Website"))
        .containsExactly(
            "example.com",
            "acme.io",
            "globex.co.uk",
            "initech.com",
            "hooli.com",
            "umbrella.org",
            null,
            null,
            null,
            "stark.com");
    CleanedColumn website = cleaning(dataset, "Website");
    assertThat(website.count(ChangeKind.REFORMATTED)).isEqualTo(5);
    assertThat(website.count(ChangeKind.UNCHANGED)).isEqualTo(1);
    assertThat(website.count(ChangeKind.TRIMMED)).isEqualTo(1);
    assertThat(website.count(ChangeKind.UNREADABLE)).isEqualTo(1);
    assertThat(website.count(ChangeKind.PLACEHOLDER)).isEqualTo(1);
    assertThat(website.count(ChangeKind.EMPTY)).isEqualTo(1);
  }

  private Dataset open(String fixture) {
    Path file = Fixtures.resource(ValueExpressionsTest.class, fixture);
    return Fixtures.open(engine, file);
  }

  private static List<Double> numbers(Dataset dataset, String column) {
    return Fixtures.cleaned(dataset, column).stream()
        .map(v -> v == null ? null : Double.valueOf(v))
        .toList();
  }

  private static ValueType type(Dataset dataset, String column) {
    return dataset.column(column).orElseThrow().meaning().type();
  }

  private static CleanedColumn cleaning(Dataset dataset, String column) {
    return dataset.column(column).orElseThrow().cleaning();
  }
}
