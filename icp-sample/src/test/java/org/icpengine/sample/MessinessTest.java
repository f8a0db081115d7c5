package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessinessTest {
  @TempDir static Path dir;
  static CustomersFile customers;

  @BeforeAll
  static void writeCustomers() throws IOException {
    SampleFiles files = SampleCompany.builder().deals(0).prospects(0).build().write(dir);
    customers = CustomersFile.read(files.customers());
  }

  private static Set<String> raw(String column) {
    return customers.rows.stream()
        .map(row -> customers.value(row, column))
        .collect(Collectors.toSet());
  }

  private static double share(String column, Predicate<String> test) {
    return customers.rows.stream().map(row -> customers.value(row, column)).filter(test).count()
        / (double) customers.rows.size();
  }

  private static boolean anyMatch(String column, String regex) {
    return raw(column).stream().anyMatch(value -> value.matches(regex));
  }

  @Test
  void country_hasAtLeastFiveSpellingsOfUnitedStates() {
    Set<String> spellings =
        Set.of(
            "United States",
            "US",
            "USA",
            "U.S.",
            "U.S.A.",
            "united states",
            "United States of America",
            "UNITED STATES",
            " United States ");
    Set<String> seen = raw("Billing Country");
    seen.retainAll(spellings);

    assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
    assertThat(raw("Billing Country")).contains("UK", "Deutschland", "Holland", "España");
  }

  @Test
  void country_isMessyInAboutAQuarterOfRows() {
    Set<String> canonical = Set.copyOf(Spellings.COUNTRIES);
    double messy = share("Billing Country", value -> !canonical.contains(value));

    assertThat(messy).isBetween(0.2, 0.32);
  }

  @Test
  void industry_variantsDifferOnlyInCaseSpacesAndPunctuation() {
    Set<String> keys =
        Spellings.INDUSTRIES.stream().map(CustomersFile::key).collect(Collectors.toSet());
    Set<String> missing = Set.of("", "N/A", "-", "Select", "unknown");
    Set<String> values = raw("Industry");
    values.removeAll(missing);

    assertThat(values).allSatisfy(value -> assertThat(keys).contains(CustomersFile.key(value)));
    assertThat(values)
        .contains(
            "FINTECH",
            "Health Tech",
            "HealthTech",
            "Ecommerce",
            "e-Commerce",
            "E Commerce",
            "RealEstate",
            "Real estate",
            " Fintech ");
  }

  @Test
  void industry_isMessyInAboutFifteenPercentAndMissingInAboutThree() {
    Set<String> canonical = Set.copyOf(Spellings.INDUSTRIES);
    Set<String> missing = Set.of("", "N/A", "-", "Select", "unknown");

    assertThat(share("Industry", missing::contains)).isBetween(0.015, 0.045);
    assertThat(share("Industry", v -> !canonical.contains(v) && !missing.contains(v)))
        .isBetween(0.11, 0.19);
    assertThat(raw("Industry")).containsAll(missing);
  }

  @Test
  void techStack_usesThreeSeparatorsAndSometimesLowerCase() {
    assertThat(raw("Tech Stack").stream().anyMatch(v -> v.contains("; "))).isTrue();
    assertThat(raw("Tech Stack").stream().anyMatch(v -> v.contains("|"))).isTrue();
    assertThat(raw("Tech Stack").stream().anyMatch(v -> v.contains(", "))).isTrue();
    assertThat(raw("Tech Stack").stream().anyMatch(v -> v.contains("snowflake"))).isTrue();
    assertThat(share("Tech Stack", String::isEmpty)).isBetween(0.01, 0.05);
  }

  @Test
  void employees_mixNumbersBandsUnitsAndBlanks() {
    assertThat(anyMatch("NumberOfEmployees", "\\d{1,3}(,\\d{3})+")).isTrue();
    assertThat(anyMatch("NumberOfEmployees", "\\d+ employees")).isTrue();
    assertThat(raw("NumberOfEmployees")).contains("51-200", "201-500", "1001-5000", "10,001+");
    assertThat(anyMatch("NumberOfEmployees", "\\d+(\\.\\d)?k")).isTrue();
    assertThat(share("NumberOfEmployees", v -> v.isEmpty() || v.equals("N/A")))
        .isBetween(0.02, 0.06);
  }

  @Test
  void revenue_mixesCurrenciesAndScales() {
    assertThat(anyMatch("AnnualRevenue", "\\$\\d+(\\.\\d)?M")).isTrue();
    assertThat(anyMatch("AnnualRevenue", "\\$\\d+(\\.\\d)?B")).isTrue();
    assertThat(anyMatch("AnnualRevenue", "\\d{1,3}(,\\d{3})+")).isTrue();
    assertThat(anyMatch("AnnualRevenue", "USD \\d+(\\.\\d)?[KMB]")).isTrue();
    assertThat(anyMatch("AnnualRevenue", "€\\d+(\\.\\d)?m")).isTrue();
    assertThat(anyMatch("AnnualRevenue", "\\d+k")).isTrue();
    assertThat(share("AnnualRevenue", String::isEmpty)).isBetween(0.03, 0.07);
  }

  @Test
  void accountNames_includeCommasQuotesAndAccents() {
    assertThat(raw("Account Name").stream().anyMatch(v -> v.contains(","))).isTrue();
    assertThat(raw("Account Name").stream().anyMatch(v -> v.contains("\""))).isTrue();
    assertThat(raw("Account Name").stream().anyMatch(v -> v.matches(".*[éüöøåÉã].*"))).isTrue();
  }

  @Test
  void website_mixesFormsOfTheSameDomain() {
    assertThat(anyMatch("Website", "https://www\\.[a-z0-9]+(\\.[a-z]+)+/")).isTrue();
    assertThat(anyMatch("Website", "WWW\\.[A-Z0-9.]+")).isTrue();
    assertThat(anyMatch("Website", "http://[a-z0-9.]+/about")).isTrue();
    assertThat(anyMatch("Website", "[a-z0-9]+(\\.[a-z]+)+")).isTrue();
    assertThat(raw("Website")).contains("");
    assertThat(raw("Website")).noneMatch(v -> v.matches(".*[^\\x00-\\x7F].*"));
  }

  @Test
  void churned_mixesFiveSpellingPairs() {
    assertThat(raw("Churned"))
        .containsExactlyInAnyOrder("Yes", "No", "TRUE", "FALSE", "Y", "N", "1", "0", "yes", "no");
  }

  @Test
  void outcomes_useTheirDocumentedFormats() {
    assertThat(raw("LTV")).allMatch(v -> v.matches("\\$\\d{1,3}(,\\d{3})*\\.\\d\\d"));
    assertThat(raw("NRR")).allMatch(v -> v.matches("\\d{2,3}%"));
    assertThat(raw("CAC")).allMatch(v -> v.matches("\\$\\d{1,2},\\d{3}"));
    assertThat(raw("Customer Health")).containsExactlyInAnyOrder("Green", "Yellow", "Red");
    assertThat(raw("Customer Since"))
        .allMatch(v -> v.matches("(0[1-9]|1[0-2])/\\d\\d/20(19|2[0-5])"));
    assertThat(raw("Last Activity")).allMatch(v -> v.matches("\\d\\d/\\d\\d/20\\d\\d"));
  }

  @Test
  void biggestChallenge_isMissingInAboutTenPercent() {
    assertThat(share("Biggest Challenge", String::isEmpty)).isBetween(0.08, 0.12);
    assertThat(raw("Primary Use Case")).hasSize(5);
    assertThat(raw("Lead Source").stream().map(v -> v.toLowerCase(Locale.ROOT)))
        .containsExactlyInAnyOrder("webinar", "paid search", "referral", "outbound", "organic");
  }
}
