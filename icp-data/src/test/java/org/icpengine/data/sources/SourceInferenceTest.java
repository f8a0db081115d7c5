package org.icpengine.data.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.sample.linked.LinkedProspects;
import org.icpengine.sample.linked.LinkedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceInferenceTest {
  @TempDir Path dir;

  private static Path maven() {
    Path shared = Path.of(System.getProperty("icp.shared.dir", "../shared"));
    Path folder = shared.resolve("datasets/maven-crm-sales-opportunities");
    assumeTrue(Files.isDirectory(folder), "skipped: " + folder + " is absent");
    return folder;
  }

  private static SourceEntry entry(Sources sources, String file) {
    return sources.entries().stream()
        .filter(e -> e.file().endsWith(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + file));
  }

  private InferredSources infer(Path folder) {
    try (Engine engine =
        Engine.open("1GB", EngineAccess.reading(SourceInference.dataFiles(folder)))) {
      return new SourceInference(engine).infer(folder, dir);
    }
  }

  @Test
  void infer_mavenCrm_findsAccountsAndOpportunitiesAndLabelsTheRest() {
    Sources sources = infer(maven()).sources();
    SourceEntry accounts = entry(sources, "accounts.csv");
    assertThat(accounts.kind()).contains(SourceKind.ACCOUNTS);
    assertThat(accounts.key()).contains("account");
    SourceEntry pipeline = entry(sources, "sales_pipeline.csv");
    assertThat(pipeline.kind()).contains(SourceKind.OPPORTUNITIES);
    assertThat(pipeline.key()).contains("account");
    assertThat(pipeline.columns())
        .containsEntry(SourceRole.STAGE, "deal_stage")
        .containsEntry(SourceRole.CREATED_DATE, "engage_date")
        .containsEntry(SourceRole.CLOSE_DATE, "close_date")
        .containsEntry(SourceRole.AMOUNT, "close_value")
        .containsEntry(SourceRole.OWNER, "sales_agent")
        .containsEntry(SourceRole.OPPORTUNITY_ID, "opportunity_id");
    assertThat(entry(sources, "data_dictionary.csv").ignored()).isTrue();
    assertThat(entry(sources, "data_dictionary.csv").note().orElseThrow())
        .contains("data dictionary");
    for (String lookup : List.of("products.csv", "sales_teams.csv")) {
      assertThat(entry(sources, lookup).ignored()).isTrue();
      assertThat(entry(sources, lookup).note().orElseThrow()).contains("lookup table");
    }
  }

  @Test
  void link_mavenCrm_matchesAnIndependentCount() throws IOException {
    Path folder = maven();
    InferredSources inferred = infer(folder);
    Path yaml = dir.resolve("sources.yaml");
    SourcesYaml.write(yaml, inferred.sources(), folder.toString());
    Sources sources = SourcesFile.read(yaml);
    Set<String> accounts = new HashSet<>();
    for (List<String> row : csv(folder.resolve("accounts.csv"))) {
      accounts.add(row.get(0));
    }
    long matched = 0;
    long won = 0;
    List<List<String>> pipeline = csv(folder.resolve("sales_pipeline.csv"));
    for (List<String> row : pipeline) {
      matched += accounts.contains(row.get(3)) ? 1 : 0;
      won += row.get(4).equals("Won") ? 1 : 0;
    }
    List<Path> files = sources.used().stream().map(sources::path).toList();
    try (Engine engine = Engine.open("1GB", EngineAccess.reading(files))) {
      Linking linking = new SourceLinker(engine).link(sources);
      SourceLink link = linking.report().links().get(1);
      assertThat(link.rows()).isEqualTo(pipeline.size());
      assertThat(link.matched()).isEqualTo(matched);
      assertThat(link.byKey()).isEqualTo(matched);
      assertThat(link.unmatchedExamples()).isEmpty();
      assertThat(
              engine.<Long>queryOne(
                  "SELECT count(*) FROM linked_opportunities WHERE stage_outcome = 'won'",
                  r -> r.getLong(1)))
          .isEqualTo(won);
      assertThat(linking.linked().table(SourceKind.ACCOUNTS).orElseThrow().rows())
          .isEqualTo(accounts.size());
    }
  }

  /** Reads a CSV without quoted fields, header left out. */
  private static List<List<String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.subList(1, lines.size()).stream()
        .filter(l -> !l.isBlank())
        .map(l -> List.of(l.split(",", -1)))
        .toList();
  }

  @Test
  void infer_generatedVendorFile_isEnrichmentMatchedByNameDomainAndCountry() throws IOException {
    Path linked = dir.resolve("linked");
    LinkedSample.builder().seed(7).accounts(200).build().write(linked);
    new LinkedProspects(7, 200, 100)
        .write(dir.resolve("prospects/prospects.csv"), linked.resolve("technographics.csv"));
    InferredSources inferred = infer(linked);
    SourceEntry vendor = entry(inferred.sources(), "technographics.csv");
    assertThat(vendor.kind()).contains(SourceKind.ENRICHMENT);
    assertThat(vendor.key()).isEmpty();
    assertThat(vendor.columns())
        .containsEntry(SourceRole.ACCOUNT_NAME, "Company")
        .containsEntry(SourceRole.DOMAIN, "Website")
        .containsEntry(SourceRole.COUNTRY, "HQ Country")
        .doesNotContainKey(SourceRole.ACCOUNT_ID);
    assertThat(entry(inferred.sources(), "accounts.csv").kind()).contains(SourceKind.ACCOUNTS);
    assertThat(inferred.sources().entries())
        .filteredOn(e -> e.kind().equals(Optional.of(SourceKind.ENRICHMENT)))
        .hasSize(1);
    assertThat(inferred.checks())
        .anySatisfy(c -> assertThat(c).startsWith("technographics.csv: an enrichment file"));
  }

  @Test
  void infer_vendorListByHeadersOnly_isEnrichmentButAnIdKeepsAFileOut() {
    Fixtures.lines(dir, "accounts.csv", List.of("Id,Name,Website", "1,Acme Inc,acme.com"));
    Fixtures.lines(
        dir,
        "export-2024.csv",
        List.of("Company Name,Domain,Employees,Technologies", "ACME Corp,acme.com,120,Snowflake"));
    Fixtures.lines(
        dir, "targets.csv", List.of("Account ID,Company,Industry", "1,Acme Inc,Software"));
    Sources sources = infer(dir).sources();
    SourceEntry vendor = entry(sources, "export-2024.csv");
    assertThat(vendor.kind()).contains(SourceKind.ENRICHMENT);
    assertThat(vendor.note().orElseThrow()).contains("no account id").contains("Employees");
    assertThat(entry(sources, "targets.csv").kind())
        .isNotEqualTo(Optional.of(SourceKind.ENRICHMENT));
  }

  @Test
  void infer_mavenCrm_guessesNoEnrichmentEvenWithTheAccountsUnnamed() throws IOException {
    Path folder = maven();
    Path copy = dir.resolve("maven");
    Files.createDirectories(copy);
    for (Path file : SourceInference.dataFiles(folder)) {
      String name = file.getFileName().toString();
      Files.copy(file, copy.resolve(name.equals("accounts.csv") ? "orgs.csv" : name));
    }
    for (Path where : List.of(folder, copy)) {
      Sources sources = infer(where).sources();
      assertThat(sources.entries())
          .as(where.toString())
          .noneMatch(e -> e.kind().equals(Optional.of(SourceKind.ENRICHMENT)));
      assertThat(sources.only(SourceKind.ACCOUNTS).orElseThrow().key()).contains("account");
    }
  }

  @Test
  void infer_hubspotExports_findsKindsKeysAndRolesFromHeadersAndValues() {
    Fixtures.lines(
        dir,
        "hubspot-companies.csv",
        List.of(
            "Record ID,Company name,Company Domain Name,Industry",
            "101,Acme Inc,acme.com,Software",
            "102,Globex,globex.com,Retail",
            "103,Initech,initech.com,Software"));
    Fixtures.lines(
        dir,
        "hubspot-deals.csv",
        List.of(
            "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company IDs",
            "9001,Acme renewal,closedwon,1000,2024-02-01,2024-01-01,101",
            "9002,Globex new,closedlost,500,2024-03-01,2024-01-15,102",
            "9003,Acme upsell,appointmentscheduled,200,,2024-02-10,101"));
    Fixtures.lines(
        dir,
        "contacts.csv",
        List.of(
            "Email,Job Title,Company",
            "a@acme.com,CTO,Acme, Inc.",
            "b@globex.com,CFO,Globex",
            "c@initech.com,Engineer,Initech"));
    Sources sources = infer(dir).sources();
    SourceEntry companies = entry(sources, "hubspot-companies.csv");
    assertThat(companies.kind()).contains(SourceKind.ACCOUNTS);
    assertThat(companies.key()).contains("Record ID");
    assertThat(companies.columns())
        .containsEntry(SourceRole.ACCOUNT_NAME, "Company name")
        .containsEntry(SourceRole.DOMAIN, "Company Domain Name");
    SourceEntry deals = entry(sources, "hubspot-deals.csv");
    assertThat(deals.kind()).contains(SourceKind.OPPORTUNITIES);
    assertThat(deals.key()).contains("Associated Company IDs");
    assertThat(deals.columns())
        .containsEntry(SourceRole.STAGE, "Deal Stage")
        .containsEntry(SourceRole.OPPORTUNITY_ID, "Record ID");
    SourceEntry contacts = entry(sources, "contacts.csv");
    assertThat(contacts.kind()).contains(SourceKind.CONTACTS);
    assertThat(contacts.columns()).containsEntry(SourceRole.EMAIL, "Email");
    assertThat(contacts.key()).isEqualTo(Optional.empty());
  }
}
