package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXPORT =
      "Account Name,Website,Industry,Billing Country,NumberOfEmployees,Deal Stage,LTV\n"
          + "Acme,https://www.acme.io/,Fintech,USA,907 employees,Closed Won,\"$12,000\"\n"
          + "Beta,beta.com, fintech ,U.S.,51-200,Closed Lost,$500\n"
          + "Gamma,WWW.GAMMA.DE,Media,Deutschland,\"10,001+\",Closed Won,1.2k\n"
          + "Delta,delta.com,N/A,germany,1.2k,Closed Lost,$900\n";

  @TempDir Path dir;

  @Test
  void json_reportsRolesTypesCleaningAndWarnings() throws IOException {
    Path csv = Files.writeString(dir.resolve("accounts.csv"), EXPORT);
    Cli.Result result = Cli.run(csv, "profile", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode columns = JSON.readTree(result.out()).get("columns");
    assertThat(column(columns, "Account Name").get("role").asText()).isEqualTo("company_name");
    assertThat(column(columns, "Website").get("role").asText()).isEqualTo("domain");
    JsonNode industry = column(columns, "Industry");
    assertThat(industry.get("category").asText()).isEqualTo("firmographic");
    assertThat(industry.get("distinct").asLong()).isEqualTo(2);
    assertThat(industry.at("/cleaning/changes/placeholder").asLong()).isEqualTo(1);
    JsonNode country = column(columns, "Billing Country");
    assertThat(country.get("type").asText()).isEqualTo("country");
    assertThat(country.get("top_values").findValuesAsText("value"))
        .containsExactlyInAnyOrder("United States", "Germany");
    JsonNode employees = column(columns, "NumberOfEmployees");
    assertThat(employees.get("type").asText()).isEqualTo("number");
    assertThat(employees.at("/cleaning/changes/range").asLong()).isEqualTo(1);
    assertThat(employees.at("/cleaning/changes/open_band").asLong()).isEqualTo(1);
    assertThat(employees.at("/numbers/max").asDouble()).isEqualTo(10001.0);
    JsonNode stage = column(columns, "Deal Stage");
    assertThat(stage.get("outcome").asText()).isEqualTo("won");
    assertThat(stage.get("leaky").asBoolean()).isFalse();
    assertThat(stage.get("notes").get(0).asText()).startsWith("the won/lost outcome");
    assertThat(column(columns, "LTV").get("outcome").asText()).isEqualTo("ltv");
  }

  @Test
  void writtenMapping_roundTripsAndOverridesInference() throws IOException {
    Path csv = Files.writeString(dir.resolve("accounts.csv"), EXPORT);
    Path mapping = dir.resolve("mapping.yaml");
    Cli.Result written = Cli.run(csv, "profile", "--write-mapping", mapping.toString());
    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(mapping).content().contains("\"Industry\":\n    role: attribute");
    Files.writeString(
        mapping,
        Files.readString(mapping)
            .replace(
                "\"Industry\":\n    role: attribute\n    category: firmographic",
                "\"Industry\":\n    role: attribute\n    category: psychographic"));
    Cli.Result remapped = Cli.run(csv, "profile", "--json", "--mapping", mapping.toString());
    assertThat(remapped.exitCode()).as(remapped.err()).isZero();
    JsonNode industry = column(JSON.readTree(remapped.out()).get("columns"), "Industry");
    assertThat(industry.get("category").asText()).isEqualTo("psychographic");
    assertThat(industry.get("mapped").asBoolean()).isTrue();
  }

  @Test
  void text_showsTheCleaningSummary() throws IOException {
    Path csv = Files.writeString(dir.resolve("accounts.csv"), EXPORT);
    Cli.Result result = Cli.run(csv, "profile");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("accounts.csv: 4 rows × 7 columns")
        .contains("Billing Country: 4 country names, codes and synonyms folded to ISO names")
        .contains("Understood")
        .contains("Deal Stage: the won/lost outcome: won stages are won, lost stages lost");
  }

  private static JsonNode column(JsonNode columns, String name) {
    for (JsonNode column : columns) {
      if (column.get("name").asText().equals(name)) {
        return column;
      }
    }
    throw new AssertionError("no column " + name);
  }
}
