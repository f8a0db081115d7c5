package org.icpengine.data.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.data.profile.ValueCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanerTest {
  @TempDir Path dir;
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
  void clean_foldsCategorySpellingsToTheMostUsedAndBlanksPlaceholders() {
    Dataset dataset = open("accounts-industry-spellings.csv");

    assertThat(dataset.column("Industry").orElseThrow().meaning().type())
        .isEqualTo(ValueType.CATEGORY);
    List<String> values = Fixtures.cleaned(dataset, "Industry");
    assertThat(values.subList(0, 7)).containsOnly("Fintech");
    assertThat(values.subList(7, 11)).containsOnly("HealthTech");
    assertThat(values.get(11)).isEqualTo("Education");
    assertThat(values.subList(12, 20)).containsOnlyNulls();
  }

  @Test
  void clean_countsFoldedSpellingsPlaceholdersAndEmptyCells() {
    CleanedColumn industry = cleaning(open("accounts-industry-spellings.csv"), "Industry");

    assertThat(industry.count(ChangeKind.UNCHANGED)).isEqualTo(7);
    assertThat(industry.count(ChangeKind.REFORMATTED)).isEqualTo(5);
    assertThat(industry.count(ChangeKind.PLACEHOLDER)).isEqualTo(7);
    assertThat(industry.count(ChangeKind.EMPTY)).isEqualTo(1);
    assertThat(industry.spellingsBefore()).isEqualTo(8);
    assertThat(industry.spellingsAfter()).isEqualTo(3);
    assertThat(industry.changed()).isEqualTo(12);
    assertThat(industry.problems()).isEmpty();
    assertThat(CleaningNotes.describe(industry))
        .containsExactly(
            "5 spellings folded to one canonical spelling (8 spellings → 3 values)",
            "7 placeholders read as missing");
  }

  @Test
  void clean_countsOnlyTrimmingWhenTheSpellingIsAlreadyCanonical() {
    Path file =
        Fixtures.lines(
            dir,
            "accounts-padded-category.csv",
            List.of("Name,Plan", "A,Pro", "B,\" Pro \"", "C,Basic", "D,Basic", "E,Pro"));
    CleanedColumn plan = cleaning(Fixtures.open(engine, file), "Plan");

    assertThat(plan.count(ChangeKind.TRIMMED)).isEqualTo(1);
    assertThat(plan.count(ChangeKind.UNCHANGED)).isEqualTo(4);
  }

  @Test
  void clean_splitsMultiValuedCellsIntoSortedDistinctFoldedItems() {
    Dataset dataset = open("accounts-tech-stack.csv");

    assertThat(dataset.column("Tech Stack").orElseThrow().meaning().type())
        .isEqualTo(ValueType.SET);
    assertThat(Fixtures.cleaned(dataset, "Tech Stack"))
        .containsExactly(
            "HubSpot|Snowflake",
            "HubSpot|Snowflake",
            "Salesforce|Snowflake",
            "AWS",
            "AWS|Snowflake",
            "HubSpot|Salesforce",
            null,
            "AWS|HubSpot");
    CleanedColumn stack = cleaning(dataset, "Tech Stack");
    assertThat(stack.count(ChangeKind.UNCHANGED)).isEqualTo(1);
    assertThat(stack.count(ChangeKind.REFORMATTED)).isEqualTo(6);
    assertThat(stack.count(ChangeKind.EMPTY)).isEqualTo(1);
  }

  @Test
  void profile_countsItemsOfMultiValuedColumns() {
    ColumnProfile stack = open("accounts-tech-stack.csv").column("Tech Stack").orElseThrow();

    assertThat(stack.distinct()).isEqualTo(4);
    assertThat(stack.topValues())
        .extracting(ValueCount::value)
        .containsExactly("HubSpot", "Snowflake", "AWS", "Salesforce");
    assertThat(stack.topValues().get(0).count()).isEqualTo(4);
  }

  @Test
  void clean_foldsCountriesToTheirNamesAndKeepsUnknownOnesAsWritten() {
    Dataset dataset = open("accounts-countries.csv");

    assertThat(dataset.column("Billing Country").orElseThrow().meaning().type())
        .isEqualTo(ValueType.COUNTRY);
    List<String> values = Fixtures.cleaned(dataset, "Billing Country");
    assertThat(values.subList(0, 3)).containsOnly("United States");
    assertThat(values.subList(3, 10))
        .containsExactly(
            "United Kingdom", "Germany", "Netherlands", "Spain", "Atlantis", null, "Germany");
    CleanedColumn country = cleaning(dataset, "Billing Country");
    assertThat(country.count(ChangeKind.REFORMATTED)).isEqualTo(7);
    assertThat(country.count(ChangeKind.UNCHANGED)).isEqualTo(1);
    assertThat(country.count(ChangeKind.UNRECOGNISED)).isEqualTo(1);
    assertThat(country.count(ChangeKind.PLACEHOLDER)).isEqualTo(1);
    assertThat(country.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.rawValue()).isEqualTo("Atlantis");
              assertThat(p.reason()).contains("not a known country");
            });
  }

  @Test
  void clean_keepsAtMostTwentyProblemExamplesButCountsThemAll() {
    List<String> lines = new java.util.ArrayList<>(List.of("Name,Employees"));
    for (int i = 0; i < 60; i++) {
      lines.add("A" + i + "," + (i < 35 ? String.valueOf(i * 10) : "lots"));
    }
    Path file = Fixtures.lines(dir, "accounts-many-bad-numbers.csv", lines);

    CleanedColumn employees = cleaning(Fixtures.open(engine, file), "Employees");

    assertThat(employees.count(ChangeKind.UNREADABLE)).isEqualTo(25);
    assertThat(employees.problems()).hasSize(Cleaner.PROBLEM_EXAMPLES);
    assertThat(employees.problems().get(0).line()).isEqualTo(37);
  }

  @Test
  void clean_cleansAFileWiderThanOneBatchInRowOrderWithEveryColumnCounted() {
    int columns = Cleaner.BATCH * 2 + 3;
    List<String> header = new java.util.ArrayList<>();
    for (int c = 0; c < columns; c++) {
      header.add((c % 2 == 0 ? "Employees " : "Plan ") + c);
    }
    List<String> lines = new java.util.ArrayList<>(List.of(String.join(",", header)));
    for (int r = 0; r < 40; r++) {
      List<String> row = new java.util.ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(c % 2 == 0 ? "$" + (r * 1000 + c) : (r % 2 == 0 ? "pro" : " Basic "));
      }
      lines.add(String.join(",", row));
    }
    Dataset dataset = Fixtures.open(engine, Fixtures.lines(dir, "accounts-wide.csv", lines));

    String last = "Employees " + (columns - 1);
    assertThat(Fixtures.cleaned(dataset, last).subList(0, 3))
        .containsExactly(
            String.valueOf((double) (columns - 1)),
            String.valueOf(1000.0 + columns - 1),
            String.valueOf(2000.0 + columns - 1));
    assertThat(Fixtures.cleaned(dataset, "Plan " + (columns - 2)).subList(0, 2))
        .containsExactly("pro", "Basic");
    assertThat(cleaning(dataset, last).count(ChangeKind.REFORMATTED)).isEqualTo(40);
    assertThat(cleaning(dataset, "Plan 1").count(ChangeKind.TRIMMED)).isEqualTo(20);
    assertThat(dataset.engine().count("clean")).isEqualTo(40);
  }

  @Test
  void clean_keepsRowOrderOverManyRowGroupsWithDictionaryAndRowByRowColumns() {
    List<String> lines = new java.util.ArrayList<>(List.of("Name,Employees,Revenue,Plan"));
    for (int r = 0; r < 200_000; r++) {
      lines.add("A" + r + ",\"" + (r % 97) + " users\",$" + r + "," + (r % 3 == 0 ? "Pro" : "pro"));
    }
    Dataset dataset = Fixtures.open(engine, Fixtures.lines(dir, "accounts-long.csv", lines));

    long misplaced =
        dataset
            .engine()
            .queryOne(
                "SELECT count(*) FROM raw r POSITIONAL JOIN clean c WHERE c.\"Employees\" <>"
                    + " CAST(split_part(r.\"Employees\", ' ', 1) AS DOUBLE) OR c.\"Revenue\""
                    + " <> CAST(substr(r.\"Revenue\", 2) AS DOUBLE) OR c.\"icp#row\" <>"
                    + " r.rowid",
                row -> row.getLong(1));
    assertThat(misplaced).isZero();
    assertThat(dataset.engine().count("clean")).isEqualTo(200_000);
  }

  @Test
  void clean_findsTheFirstProblemRowsOfEveryColumnWithTheirRawText() {
    List<String> lines = new java.util.ArrayList<>(List.of("Name,Employees,Revenue,Country"));
    for (int r = 0; r < 80; r++) {
      String employees = r % 10 == 3 ? "many" : String.valueOf(r % 5 * 10);
      String revenue = r == 50 ? "call us" : "$" + r + "M";
      String country = r == 7 ? "Atlantis" : (r % 2 == 0 ? "Germany" : "France");
      lines.add("A" + r + "," + employees + "," + revenue + "," + country);
    }
    Dataset dataset = Fixtures.open(engine, Fixtures.lines(dir, "accounts-problems.csv", lines));

    assertThat(cleaning(dataset, "Employees").problems())
        .extracting(p -> p.line() + ":" + p.rawValue())
        .containsExactly(
            "5:many", "15:many", "25:many", "35:many", "45:many", "55:many", "65:many", "75:many");
    assertThat(cleaning(dataset, "Revenue").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.line() + ":" + p.rawValue()).isEqualTo("52:call us"));
    assertThat(cleaning(dataset, "Country").problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.reason()).contains("not a known country");
            });
    assertThat(cleaning(dataset, "Name").problems()).isEmpty();
  }

  @Test
  void batchEnds_countsLookedUpColumnsApartFromThoseCleanedRowByRow() {
    java.util.Set<Integer> lookedUp = new java.util.TreeSet<>();
    for (int i = 0; i < 30; i += 3) {
      lookedUp.add(i);
    }

    assertThat(Cleaner.batchEnds(30, lookedUp)).containsExactly(30);
    assertThat(Cleaner.batchEnds(Cleaner.BATCH * 2 + 10, java.util.Set.of()))
        .containsExactly(Cleaner.BATCH, Cleaner.BATCH * 2, Cleaner.BATCH * 2 + 10);
    assertThat(Cleaner.batchEnds(Cleaner.BATCH + 1, java.util.Set.of())).hasSize(2);
  }

  @Test
  void createInRowOrder_sortsRowsTheEngineWroteOutOfPlace() {
    new Cleaner(engine)
        .createInRowOrder(
            "TEMP TABLE",
            "shuffled",
            "SELECT i AS \"icp#row\", i * 2 AS v FROM range(5000) r(i) ORDER BY hash(i)");

    String misplacedOfAll =
        engine.queryOne(
            "SELECT count(*) FILTER (WHERE \"icp#row\" <> rowid OR v <> 2 * rowid), count(*)"
                + " FROM shuffled",
            row -> row.getLong(1) + "/" + row.getLong(2));
    long tables =
        engine.queryOne(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'shuffled%'",
            row -> row.getLong(1));
    assertThat(misplacedOfAll).isEqualTo("0/5000");
    assertThat(tables).isEqualTo(1);
  }

  @Test
  void columnPlan_refusesDatesWithoutFormatsAndSetsWithoutSeparator() {
    assertThatThrownBy(() -> new ColumnPlan("Since", ValueType.DATE, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Since");
    assertThatThrownBy(() -> new ColumnPlan("Stack", ValueType.SET, Collections.emptyList(), ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ColumnPlan.of("Since", ValueType.DATE).dateFormats()).startsWith(DateFormats.ISO);
  }

  private Dataset open(String fixture) {
    return Fixtures.open(engine, Fixtures.resource(CleanerTest.class, fixture));
  }

  private static CleanedColumn cleaning(Dataset dataset, String column) {
    return dataset.column(column).orElseThrow().cleaning();
  }
}
