package org.icpengine.data.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DictionariesTest {
  private static final int ROWS = 250_000;

  private static final List<ColumnPlan> PLANS =
      List.of(
          ColumnPlan.of("Employees", ValueType.NUMBER),
          ColumnPlan.of("Plan", ValueType.CATEGORY),
          ColumnPlan.of("Country", ValueType.COUNTRY),
          ColumnPlan.of("Churned", ValueType.BOOLEAN),
          ColumnPlan.of("Signed", ValueType.DATE),
          ColumnPlan.of("Tags", ValueType.SET),
          ColumnPlan.of("Revenue", ValueType.NUMBER),
          ColumnPlan.of("Seats", ValueType.NUMBER));

  private Engine engine;

  @BeforeEach
  void openEngine() {
    engine = Fixtures.engine();
    // every column but Revenue (a value per row) and Seats (more distinct values than a
    // dictionary holds) has few distinct values, some missing or placeholders
    engine.execute(
        "CREATE TABLE raw AS SELECT"
            + " CASE i % 11 WHEN 0 THEN NULL WHEN 1 THEN 'n/a' ELSE (i % 97) || ' users' END"
            + " AS \"Employees\","
            + " CASE i % 5 WHEN 0 THEN ' Pro' WHEN 1 THEN 'pro' WHEN 2 THEN 'Basic' WHEN 3 THEN"
            + " 'n/a' ELSE NULL END AS \"Plan\","
            + " ['Germany', 'DE', 'france', 'Atlantis', '', NULL][i % 6 + 1] AS \"Country\","
            + " ['yes', 'No', 'TRUE', 'maybe', NULL][i % 5 + 1] AS \"Churned\","
            + " strftime(DATE '2024-01-01' + CAST(i % 400 AS INTEGER), '%m/%d/%Y') AS \"Signed\","
            + " ['Snowflake|dbt', 'dbt; snowflake', 'Looker', NULL][i % 4 + 1] AS \"Tags\","
            + " '$' || (i * 7) || CASE WHEN i % 3 = 0 THEN 'K' ELSE '' END AS \"Revenue\","
            + " (i % 6000) || ' seats' AS \"Seats\""
            + " FROM range("
            + ROWS
            + ") r(i)");
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void clean_looksUpValuesInRowOrderWithoutSortEqualToCleaningRowByRow() {
    Cleaner cleaner = new Cleaner(engine);
    Set<Integer> lookedUp = cleaner.dictionaryColumns("raw", PLANS);
    CleanedTable looked = cleaner.clean("raw", PLANS, "looked", lookedUp);
    CleanedTable rowByRow = cleaner.clean("raw", PLANS, "plain", Set.of());

    assertThat(lookedUp).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(cleaner.sorts()).isZero();
    assertThat(engine.count(looked.changesTable())).isEqualTo(ROWS);
    assertThat(differingRows(looked.changesTable(), rowByRow.changesTable())).isZero();
    assertThat(looked.columns()).isEqualTo(rowByRow.columns());
    assertThat(looked.columns().get(1).count(ChangeKind.PLACEHOLDER)).isEqualTo(ROWS / 5);
  }

  @Test
  void clean_dropsTheEnumTypesAndVariablesOfTheLookups() {
    new Cleaner(engine).clean("raw", PLANS, "looked");

    long types =
        engine.queryOne(
            "SELECT count(*) FROM duckdb_types() WHERE type_name LIKE 'icp_dictionary%'",
            row -> row.getLong(1));
    long variables =
        engine.queryOne(
            "SELECT count(*) FROM duckdb_variables() WHERE name LIKE 'icp_dictionary%'",
            row -> row.getLong(1));
    assertThat(types + variables).isZero();
  }

  /** Counts the rows of two cleaned tables, side by side, that differ in any column or place. */
  private long differingRows(String left, String right) {
    List<String> differs =
        new java.util.ArrayList<>(List.of("a.rowid <> b.rowid", "a.\"icp#row\" <> a.rowid"));
    for (ColumnPlan plan : PLANS) {
      for (String column : List.of(plan.name(), plan.name() + Cleaner.CHANGE_SUFFIX)) {
        String quoted = Engine.quote(column);
        differs.add("a." + quoted + " IS DISTINCT FROM b." + quoted);
      }
    }
    return engine.queryOne(
        "SELECT count(*) FROM "
            + left
            + " a POSITIONAL JOIN (SELECT rowid, * FROM "
            + right
            + ") b WHERE "
            + String.join(" OR ", differs),
        row -> row.getLong(1));
  }
}
