package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCompanyTest {
  @TempDir static Path defaults;
  static SampleFiles files;

  @BeforeAll
  static void writeDefaults() throws IOException {
    files = SampleCompany.builder().build().write(defaults);
  }

  private static SampleFiles small(Path dir, long seed) throws IOException {
    return SampleCompany.builder()
        .seed(seed)
        .customers(300)
        .deals(400)
        .prospects(500)
        .build()
        .write(dir);
  }

  @Test
  void write_defaults_namesFilesInDirectory() {
    assertThat(files.customers()).isEqualTo(defaults.resolve("customers.csv")).isRegularFile();
    assertThat(files.deals()).isEqualTo(defaults.resolve("deals.csv")).isRegularFile();
    assertThat(files.prospects()).isEqualTo(defaults.resolve("prospects.csv")).isRegularFile();
  }

  @Test
  void write_defaults_writesDocumentedRowCountsAndFieldCounts() throws IOException {
    assertTable(files.customers(), CustomerRows.HEADER, 4_000);
    assertTable(files.deals(), DealTable.HEADER, 10_000);
    assertTable(files.prospects(), ProspectTable.HEADER, 20_000);
  }

  private static void assertTable(Path file, List<String> header, int rows) throws IOException {
    List<List<String>> table = RfcCsv.read(file);
    assertThat(table.get(0)).isEqualTo(header);
    assertThat(table).hasSize(rows + 1).allSatisfy(row -> assertThat(row).hasSize(header.size()));
  }

  @Test
  void write_headersAreTheDocumentedSpellings() throws IOException {
    assertThat(Files.readAllLines(files.customers()).get(0))
        .isEqualTo(
            "Account ID,Account Name,Website,Industry,Billing Country,NumberOfEmployees,"
                + "AnnualRevenue,Tech Stack,Primary Use Case,Biggest Challenge,Lead Source,"
                + "Customer Since,Web Visits (90d),Last Activity,Customer Health,LTV,NRR,CAC,"
                + "Churned");
    assertThat(Files.readAllLines(files.deals()).get(0))
        .isEqualTo(
            "Deal ID,Deal Name,Company name,Company Domain Name,Industry,Country/Region,"
                + "Number of Employees,Annual Revenue,Technologies,Lead Source,Amount,"
                + "Create Date,Close Date,Deal Stage,Is Closed Won");
    assertThat(Files.readAllLines(files.prospects()).get(0))
        .isEqualTo(
            "Record ID,Company name,Company Domain Name,Industry,Country/Region,"
                + "Number of Employees,Annual Revenue,Technologies,Web Visits (90d)");
  }

  @Test
  void write_sameSeed_writesIdenticalBytes(@TempDir Path first, @TempDir Path second)
      throws IOException {
    SampleFiles a = small(first, 7);
    SampleFiles b = small(second, 7);

    assertThat(Files.readAllBytes(a.customers())).isEqualTo(Files.readAllBytes(b.customers()));
    assertThat(Files.readAllBytes(a.deals())).isEqualTo(Files.readAllBytes(b.deals()));
    assertThat(Files.readAllBytes(a.prospects())).isEqualTo(Files.readAllBytes(b.prospects()));
  }

  @Test
  void write_differentSeed_writesDifferentBytes(@TempDir Path first, @TempDir Path second)
      throws IOException {
    SampleFiles a = small(first, 7);
    SampleFiles b = small(second, 8);

    assertThat(Files.readAllBytes(a.customers())).isNotEqualTo(Files.readAllBytes(b.customers()));
    assertThat(Files.readAllBytes(a.deals())).isNotEqualTo(Files.readAllBytes(b.deals()));
    assertThat(Files.readAllBytes(a.prospects())).isNotEqualTo(Files.readAllBytes(b.prospects()));
  }

  @Test
  void write_otherCountChanged_leavesCustomersUnchanged(@TempDir Path first, @TempDir Path second)
      throws IOException {
    SampleFiles a = small(first, 7);
    SampleFiles b =
        SampleCompany.builder().seed(7).customers(300).deals(10).prospects(0).build().write(second);

    assertThat(Files.readAllBytes(a.customers())).isEqualTo(Files.readAllBytes(b.customers()));
    assertThat(RfcCsv.read(b.prospects())).containsExactly(ProspectTable.HEADER);
  }

  @Test
  void write_createsMissingDirectories(@TempDir Path root) throws IOException {
    SampleFiles written = small(root.resolve("a/b/c"), 1);

    assertThat(written.customers()).isRegularFile();
    assertThat(written.customers().getParent()).isEqualTo(root.resolve("a/b/c"));
  }

  @Test
  void write_accountIdsAreUniqueSalesforceIds() throws IOException {
    List<String> ids =
        RfcCsv.read(files.customers()).stream().skip(1).map(row -> row.get(0)).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("001A0000[0-9A-Za-z]{7}"));
  }

  @Test
  void write_companyNamesAreMostlyUnique() throws IOException {
    List<String> names =
        RfcCsv.read(files.customers()).stream().skip(1).map(row -> row.get(1)).toList();

    assertThat(names.stream().distinct().count()).isGreaterThan(names.size() * 9L / 10);
  }

  @Test
  void customers_matchTheWrittenOutcomes() throws IOException {
    List<Customer> clean = SampleCompany.builder().build().customers();
    List<List<String>> rows = RfcCsv.read(files.customers()).subList(1, 4_001);

    assertThat(rows.stream().map(row -> row.get(15)).toList())
        .isEqualTo(clean.stream().map(c -> Figures.money(c.economics().ltv())).toList());
  }

  @Test
  void plantedIcp_namesNoiseLeakyAndOutcomeColumnsOfCustomersFile() {
    assertThat(CustomerRows.HEADER)
        .containsAll(PlantedIcp.NOISE_COLUMNS)
        .containsAll(PlantedIcp.LEAKY_COLUMNS)
        .containsAll(PlantedIcp.OUTCOME_COLUMNS);
  }

  @Test
  void builder_rejectsNegativeCounts() {
    assertThatThrownBy(() -> SampleCompany.builder().customers(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customers")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> SampleCompany.builder().deals(-5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleCompany.builder().prospects(-2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
