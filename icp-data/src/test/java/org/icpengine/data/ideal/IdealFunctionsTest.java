package org.icpengine.data.ideal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;

class IdealFunctionsTest {
  private static final String DANGEROUS =
      "read_.*|.*_scan|glob|duckdb_.*|pragma.*|getenv|current_setting|.*setting.*|query.*"
          + "|.*secret.*|.*file.*|.*http.*|.*extension.*|random|setseed|nextval|currval|uuid.*"
          + "|gen_random_uuid|error|sql_.*|json_serialize_sql|.*checkpoint.*|.*attach.*|range"
          + "|generate_series|repeat|.*env.*";

  @Test
  void allowList_namesOnlyRowAggregateAndWindowFunctionsOfTheEnginesCatalogue() {
    Map<String, Set<String>> catalogue = new HashMap<>();
    try (Engine engine = Fixtures.engine()) {
      engine.query(
          "SELECT function_name, function_type FROM duckdb_functions()",
          r -> catalogue.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2)));
      for (String syntax : IdealFunctions.SYNTAX) {
        int value = engine.queryOne("SELECT " + syntax + "(NULL, 1)", r -> r.getInt(1));
        assertThat(value).isEqualTo(1);
      }
    }
    IdealFunctions.all()
        .forEach(
            (name, kind) -> {
              if (IdealFunctions.SYNTAX.contains(name)) {
                return;
              }
              assertThat(catalogue).as(name).containsKey(name);
              assertThat(catalogue.get(name))
                  .as(name)
                  .isSubsetOf(expectedTypes(kind))
                  .doesNotContain("table", "table_macro", "pragma");
            });
  }

  private static Set<String> expectedTypes(IdealFunctions.Kind kind) {
    switch (kind) {
      case AGGREGATE:
        return Set.of("aggregate");
      case WINDOW:
        return Set.of("window");
      default:
        return Set.of("scalar", "macro");
    }
  }

  @Test
  void allowList_namesNothingThatReadsFilesSettingsOrTheNetworkOrIsRandom() {
    assertThat(IdealFunctions.all().keySet())
        .allSatisfy(name -> assertThat(name).doesNotMatch(DANGEROUS));
  }

  @Test
  void kind_ignoresCaseAndRefusesUnknownNames() {
    assertThat(IdealFunctions.kind("QUANTILE_CONT")).contains(IdealFunctions.Kind.AGGREGATE);
    assertThat(IdealFunctions.kind("read_text")).isEmpty();
  }
}
