package org.icpengine.data.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.SourcesReview;
import org.icpengine.data.matching.MatchBand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentTest {
  @TempDir Path dir;

  private static final String ACCOUNTS =
      "sources:\n"
          + "  - file: accounts.csv\n"
          + "    kind: accounts\n"
          + "    key: id\n"
          + "    columns: {account_name: name, domain: website, country: country}\n";

  private static String enrichment(String extra) {
    return "  - file: tech.csv\n"
        + "    kind: enrichment\n"
        + "    columns: {account_name: company, domain: site, country: hq}\n"
        + extra;
  }

  @BeforeEach
  void accounts() {
    Fixtures.lines(
        dir,
        "accounts.csv",
        List.of(
            "id,name,website,country,industry",
            "A1,Acme Inc.,https://www.acme.com/about,US,Software",
            "A2,Globex GmbH,,Germany,",
            "A3,Initech Pty Ltd,initech.com.au,Australia,Finance",
            "A4,Vandelay Industries,,Germany,Retail"));
  }

  private void tech(String... rows) {
    List<String> lines = new java.util.ArrayList<>(List.of("company,site,hq,industry,tech_stack"));
    lines.addAll(List.of(rows));
    Fixtures.lines(dir, "tech.csv", lines);
  }

  private SourcesAssembly.Result assemble(String yaml) {
    Path sources = Fixtures.write(dir, "sources.yaml", yaml);
    return SourcesAssembly.write(sources, Optional.empty(), dir.resolve("accounts-out.csv"));
  }

  private Map<String, Map<String, String>> table() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("accounts-out.csv"));
    List<String> header = List.of(lines.get(0).split(",", -1));
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] values = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), values[i]);
      }
      rows.put(row.get("account_key"), row);
    }
    return rows;
  }

  @Test
  void apply_fillsEmptyCrmValuesKeepsTheCrmsAndAddsNewColumns() throws IOException {
    tech(
        "ACME Corporation,acme.com,,Hardware,Snowflake",
        "Globex,,DE,Manufacturing,SAP",
        "Initech,initech.com.au,,,Salesforce",
        "Umbrella Holdings,umbrella.com,,Pharma,Oracle");
    SourcesAssembly.Result result = assemble(ACCOUNTS + enrichment(""));
    Map<String, Map<String, String>> rows = table();
    assertThat(rows.get("A1"))
        .containsEntry("industry", "Software")
        .containsEntry("tech_stack", "Snowflake");
    assertThat(rows.get("A2"))
        .containsEntry("industry", "Manufacturing")
        .containsEntry("tech_stack", "SAP");
    assertThat(rows.get("A4")).containsEntry("tech_stack", "");
    SourceEnrichment tech = result.enrichment().sources().get(0);
    assertThat(tech.linked()).isEqualTo(3);
    assertThat(tech.bands().get(MatchBand.NO_MATCH)).isEqualTo(1);
    assertThat(tech.attributes())
        .extracting(
            AttributeCoverage::column, AttributeCoverage::accounts, AttributeCoverage::conflicts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("industry", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("tech_stack", 3L, 0L));
    assertThat(result.enrichment().enrichedAccounts()).isEqualTo(3);
    assertThat(String.join("\n", result.enrichment().lines()))
        .contains("3 of 4 rows linked")
        .contains(
            "industry (filled where the CRM is empty): 1 accounts (25.0 %), 1 conflicts with the CRM (the CRM's kept)");
  }

  @Test
  void apply_letsTheFileWinWithPrecedenceEnrichment() throws IOException {
    tech("ACME Corporation,acme.com,,Hardware,Snowflake");
    assemble(ACCOUNTS + enrichment("    precedence: enrichment\n"));
    assertThat(table().get("A1")).containsEntry("industry", "Hardware");
  }

  @Test
  void apply_keepsTheRowWithTheMostValuesOfDuplicates() throws IOException {
    tech("Acme,acme.com,,,Snowflake", "Acme Inc,,,Hardware,Databricks", "Acme Corp,,,,Looker");
    SourcesAssembly.Result result = assemble(ACCOUNTS + enrichment("    precedence: enrichment\n"));
    assertThat(table().get("A1"))
        .containsEntry("industry", "Hardware")
        .containsEntry("tech_stack", "Databricks");
    assertThat(result.enrichment().sources().get(0).duplicateAccounts()).isEqualTo(1);
    assertThat(String.join("\n", result.enrichment().lines()))
        .contains("1 accounts have several rows in tech.csv: kept the row with the most values");
  }

  @Test
  void apply_refusesAFileWithNothingToMatchBy() {
    tech("Acme,acme.com,,,Snowflake");
    String yaml =
        ACCOUNTS + "  - file: tech.csv\n    kind: enrichment\n    columns: {country: hq}\n";
    assertThatThrownBy(() -> assemble(yaml))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("matched by company name, domain or e-mail");
  }

  @Test
  void apply_refusesADomainColumnOfMostlyFreeMail() {
    tech(",ann@gmail.com,,,Snowflake", ",bob@yahoo.com,,,SAP", ",cy@acme.com,,,Looker");
    String yaml =
        ACCOUNTS + "  - file: tech.csv\n    kind: enrichment\n    columns: {domain: site}\n";
    assertThatThrownBy(() -> assemble(yaml))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("only 1 of 3 rows (33 %) have a company name or a company domain")
        .hasMessageContaining("mostly free mail such as gmail.com");
  }

  @Test
  void apply_refusesAMappedColumnTheFileLacks() {
    tech("Acme,acme.com,,,Snowflake");
    String yaml =
        ACCOUNTS + "  - file: tech.csv\n    kind: enrichment\n    columns: {domain: website}\n";
    assertThatThrownBy(() -> assemble(yaml))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("tech.csv has no column 'website'")
        .hasMessageNotContaining("\n");
    assertThat(dir.resolve("accounts-out.csv")).doesNotExist();
  }

  @Test
  void apply_refusesAMostlyEmptyKeyColumn() {
    tech(",acme.com,,,Snowflake", ",,,,SAP", ", ,,,Looker", ",,,,Kafka");
    String yaml =
        ACCOUNTS + "  - file: tech.csv\n    kind: enrichment\n    columns: {domain: site}\n";
    assertThatThrownBy(() -> assemble(yaml))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("only 1 of 4 rows (25 %) have a company name or a company domain")
        .hasMessageContaining("map the column holding the company's name or web site")
        .hasMessageNotContaining("free mail");
    assertThat(dir.resolve("accounts-out.csv")).doesNotExist();
  }

  @Test
  void apply_notesFreeMailRowsAndMatchesThemByName() throws IOException {
    tech("Initech,ann@gmail.com,,,Salesforce", "ACME Corporation,https://acme.com,,,Snowflake");
    SourcesAssembly.Result result = assemble(ACCOUNTS + enrichment(""));
    assertThat(table().get("A3")).containsEntry("tech_stack", "Salesforce");
    assertThat(table().get("A1")).containsEntry("tech_stack", "Snowflake");
    assertThat(String.join("\n", result.enrichment().lines()))
        .contains(
            "note: tech.csv: 1 rows have a free mail domain (such as gmail.com), matched by name"
                + " instead");
  }

  @Test
  void apply_reusesReviewDecisionsOnTheNextAssemble() throws IOException {
    // same name, different country: the review band
    tech("Vandelay Industries,,US,,Kafka");
    SourcesAssembly.Result first = assemble(ACCOUNTS + enrichment(""));
    assertThat(first.enrichment().sources().get(0).pendingReview()).isEqualTo(1);
    assertThat(table().get("A4")).containsEntry("tech_stack", "");

    ReviewDecisions decisions = ReviewDecisions.nextTo(dir.resolve("sources.yaml"));
    ReviewPair pair =
        new ReviewPair("tech", 2, "Vandelay Industries", "", "A4", "Vandelay Industries", 0.8, "");
    decisions.decide(pair, Decision.ACCEPT);
    decisions.save();

    SourcesAssembly.Result second = assemble(ACCOUNTS + enrichment(""));
    assertThat(second.enrichment().sources().get(0).accepted()).isEqualTo(1);
    assertThat(second.enrichment().sources().get(0).pendingReview()).isZero();
    assertThat(table().get("A4")).containsEntry("tech_stack", "Kafka");

    decisions.decide(pair, Decision.REJECT);
    decisions.save();
    assemble(ACCOUNTS + enrichment(""));
    assertThat(table().get("A4")).containsEntry("tech_stack", "");
  }

  @Test
  void pending_namesBothSidesWithTheirDomainsCountriesAndBand() {
    tech("Vandelay Industries,vandelay-imports.example,US,,Kafka");
    Fixtures.write(dir, "sources.yaml", ACCOUNTS + enrichment(""));
    List<ReviewPair> pending = SourcesReview.read(dir.resolve("sources.yaml")).pending();
    assertThat(pending).hasSize(1);
    ReviewPair pair = pending.get(0);
    assertThat(pair.rowDomain()).isEqualTo("vandelay-imports.example");
    assertThat(pair.rowCountry()).isEqualTo("United States");
    assertThat(pair.accountKey()).isEqualTo("A4");
    assertThat(pair.accountCountry()).isEqualTo("Germany");
    assertThat(pair.accountDomain()).isEmpty();
    assertThat(pair.band()).isEqualTo(MatchBand.REVIEW);
  }

  @Test
  void record_replacesAnEarlierDecisionOnThePairAndTheAssembleUsesIt() throws IOException {
    tech("Vandelay Industries,,US,,Kafka");
    ReviewDecisions decisions = ReviewDecisions.nextTo(dir.resolve("sources.yaml"));
    decisions.record(
        new ReviewDecisions.Entry("tech", "Vandelay Industries", "", "A4", Decision.REJECT));
    decisions.record(
        new ReviewDecisions.Entry("tech", "Vandelay Industries", "", "A4", Decision.ACCEPT));
    decisions.save();
    assertThat(decisions.entries()).hasSize(1);
    assemble(ACCOUNTS + enrichment(""));
    assertThat(table().get("A4")).containsEntry("tech_stack", "Kafka");
  }

  @Test
  void apply_leavesTheTableAloneWithoutEnrichmentFiles() throws IOException {
    SourcesAssembly.Result result = assemble(ACCOUNTS);
    assertThat(result.enrichment().sources()).isEmpty();
    assertThat(table().get("A1")).doesNotContainKey("tech_stack");
  }
}
