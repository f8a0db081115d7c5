package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.engine.Engine;
import org.icpengine.sample.PlantedIcp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilerTest {
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
  void profile_readsTheMeaningOfASalesforceAccountsExport() {
    Dataset dataset = open("salesforce-accounts-minimal.csv");

    assertThat(meaning(dataset, "Account ID"))
        .isEqualTo(ColumnMeaning.of(ColumnRole.IDENTIFIER, ValueType.TEXT));
    assertThat(meaning(dataset, "Account Name"))
        .isEqualTo(ColumnMeaning.of(ColumnRole.COMPANY_NAME, ValueType.TEXT));
    assertThat(meaning(dataset, "Website"))
        .isEqualTo(ColumnMeaning.of(ColumnRole.DOMAIN, ValueType.DOMAIN));
    assertThat(meaning(dataset, "Industry")).isEqualTo(firmographic(ValueType.CATEGORY));
    assertThat(meaning(dataset, "Billing Country")).isEqualTo(firmographic(ValueType.COUNTRY));
    assertThat(meaning(dataset, "NumberOfEmployees")).isEqualTo(firmographic(ValueType.NUMBER));
    assertThat(meaning(dataset, "AnnualRevenue")).isEqualTo(firmographic(ValueType.NUMBER));
    assertThat(meaning(dataset, "LTV"))
        .isEqualTo(ColumnMeaning.outcome(OutcomeKind.LTV, ValueType.NUMBER));
    assertThat(meaning(dataset, "Churned"))
        .isEqualTo(ColumnMeaning.outcome(OutcomeKind.CHURNED, ValueType.BOOLEAN));
    assertThat(meaning(dataset, "Last Activity"))
        .isEqualTo(ColumnMeaning.outcome(OutcomeKind.DATE, ValueType.DATE).withLeaky(true));
  }

  @Test
  void profile_readsTheMeaningOfAHubSpotCompaniesExport() {
    Dataset dataset = open("hubspot-companies-minimal.csv");

    assertThat(meaning(dataset, "Record ID").role()).isEqualTo(ColumnRole.IDENTIFIER);
    assertThat(meaning(dataset, "Company name").role()).isEqualTo(ColumnRole.COMPANY_NAME);
    assertThat(meaning(dataset, "Company Domain Name"))
        .isEqualTo(ColumnMeaning.of(ColumnRole.DOMAIN, ValueType.DOMAIN));
    assertThat(meaning(dataset, "Number of Employees")).isEqualTo(firmographic(ValueType.NUMBER));
    assertThat(meaning(dataset, "Country/Region")).isEqualTo(firmographic(ValueType.COUNTRY));
    assertThat(meaning(dataset, "Annual Revenue")).isEqualTo(firmographic(ValueType.NUMBER));
    assertThat(meaning(dataset, "Is Closed Won"))
        .isEqualTo(ColumnMeaning.outcome(OutcomeKind.WON, ValueType.BOOLEAN));
  }

  @Test
  void profile_neverTakesTheCompanysAnnualRevenueForAnOutcome() {
    Dataset dataset = open("salesforce-accounts-minimal.csv");

    assertThat(dataset.columnsWithRole(ColumnRole.OUTCOME))
        .extracting(ColumnProfile::name)
        .containsExactlyInAnyOrder("LTV", "Churned", "Last Activity", "Deal Stage");
  }

  @Test
  void profile_flagsLeakyColumnsAndWarnsAboutThem() {
    Dataset dataset = open("salesforce-accounts-minimal.csv");

    for (String leaky : new String[] {"Tags", "Last Activity", "Lead Quality"}) {
      ColumnProfile column = dataset.column(leaky).orElseThrow();
      assertThat(column.meaning().leaky()).as(leaky).isTrue();
      assertThat(column.warnings()).as(leaky).anyMatch(w -> w.startsWith("likely leakage"));
    }
    assertThat(dataset.column("Industry").orElseThrow().warnings()).isEmpty();
  }

  @Test
  void profile_summarisesNumbersAndCountsMissingValues() {
    Dataset dataset = open("salesforce-accounts-minimal.csv");

    ColumnProfile employees = dataset.column("NumberOfEmployees").orElseThrow();
    assertThat(employees.numbers())
        .hasValueSatisfying(
            n -> {
              assertThat(n.min()).isEqualTo(30);
              assertThat(n.max()).isEqualTo(5000);
              assertThat(n.mean())
                  .isCloseTo((120 + 1200 + 45 + 5000 + 800 + 30) / 6.0, within(1e-9));
            });
    ColumnProfile tags = dataset.column("Tags").orElseThrow();
    assertThat(tags.missing()).isEqualTo(2);
    assertThat(tags.missingShare()).isEqualTo(2 / 6.0);
    assertThat(tags.topValues().get(0)).isEqualTo(new ValueCount("vip", 2));
    assertThat(tags.mapped()).isFalse();
    assertThat(ProfileJson.estimates(employees)).containsExactly("distinct", "numbers.median");
    assertThat(ProfileJson.estimates(dataset.column("Website").orElseThrow()))
        .containsExactly("distinct", "top_values");
    assertThat(ProfileJson.estimates(dataset.column("Industry").orElseThrow())).isEmpty();
  }

  @Test
  void profile_givesTheSameResultForTheSameFile() {
    var first = open("hubspot-companies-minimal.csv").profile().columns();
    var second = open("hubspot-companies-minimal.csv").profile().columns();

    assertThat(second)
        .extracting(ColumnProfile::meaning)
        .isEqualTo(first.stream().map(ColumnProfile::meaning).toList());
  }

  @Test
  void profile_readsEveryMessyValueOfTheSampleCustomersExport(@TempDir Path dir) {
    Dataset dataset = Fixtures.open(engine, Fixtures.sampleCustomers(dir));

    assertThat(dataset.profile().rowProblems()).isEmpty();
    assertThat(meaning(dataset, "Tech Stack").type()).isEqualTo(ValueType.SET);
    assertThat(meaning(dataset, "Customer Since").type()).isEqualTo(ValueType.DATE);
    assertThat(meaning(dataset, "NRR"))
        .isEqualTo(ColumnMeaning.outcome(OutcomeKind.NRR, ValueType.NUMBER));
    assertThat(meaning(dataset, "CAC"))
        .isEqualTo(ColumnMeaning.outcome(OutcomeKind.CAC, ValueType.NUMBER));
    assertThat(dataset.column("Industry").orElseThrow().cleaning().spellingsAfter()).isEqualTo(10);
    assertThat(dataset.column("Billing Country").orElseThrow().cleaning().spellingsAfter())
        .isEqualTo(10);
    for (String noise : PlantedIcp.NOISE_COLUMNS) {
      assertThat(meaning(dataset, noise).role()).as(noise).isEqualTo(ColumnRole.ATTRIBUTE);
      assertThat(meaning(dataset, noise).leaky()).as(noise).isFalse();
    }
    assertThat(meaning(dataset, "Last Activity").leaky()).isTrue();
    assertThat(meaning(dataset, "Customer Health").leaky()).isTrue();
  }

  @Test
  void profile_readsNumbersWithADecimalCommaAndStatesTheConvention(@TempDir Path dir) {
    Path file =
        Fixtures.lines(
            dir,
            "accounts-european.csv",
            List.of(
                "Account Name;Umsatz;Rabatt",
                "Alpha;1.234,56 €;12,5",
                "Beta;980,00 €;7,25",
                "Gamma;12.000,10 €;0,5",
                "Delta;1.234 €;10"));
    Dataset dataset = Fixtures.open(engine, file);

    ColumnProfile revenue = dataset.column("Umsatz").orElseThrow();
    assertThat(revenue.meaning().type()).isEqualTo(ValueType.NUMBER);
    assertThat(revenue.cleaning().count(ChangeKind.UNREADABLE)).isZero();
    assertThat(revenue.notes()).anyMatch(n -> n.contains("decimal comma"));
    assertThat(Fixtures.cleaned(dataset, "Umsatz"))
        .containsExactly("1234.56", "980.0", "12000.1", "1234.0");
    assertThat(Fixtures.cleaned(dataset, "Rabatt")).containsExactly("12.5", "7.25", "0.5", "10.0");
    assertThat(ProfileJson.of(dataset.profile()).toString()).contains("decimal comma");
  }

  @Test
  void profile_readsAccountingNegativesInParentheses(@TempDir Path dir) {
    Path file =
        Fixtures.lines(
            dir,
            "accounts-accounting.csv",
            List.of(
                "Account Name,Net Revenue",
                "Alpha,\"(1,200)\"",
                "Beta,\"3,400\"",
                "Gamma,(50.5)",
                "Delta,(75)"));
    Dataset dataset = Fixtures.open(engine, file);

    ColumnProfile revenue = dataset.column("Net Revenue").orElseThrow();
    assertThat(revenue.meaning().type()).isEqualTo(ValueType.NUMBER);
    assertThat(Fixtures.cleaned(dataset, "Net Revenue"))
        .containsExactly("-1200.0", "3400.0", "-50.5", "-75.0");
    assertThat(revenue.notes()).anyMatch(n -> n.contains("parentheses is negative"));
  }

  @Test
  void profile_judgesStatusWordsOnTheColumnNotTheWord(@TempDir Path dir) {
    List<String> lines =
        new java.util.ArrayList<>(
            List.of("Customer,Marital Status,EmploymentStatus,Lead Status,Churned"));
    for (int i = 0; i < 30; i++) {
      lines.add(
          "C"
              + i
              + ","
              + (i % 2 == 0 ? "Married" : "Single")
              + ","
              + (i % 3 == 0 ? "Employed" : "Retired")
              + ","
              + (i % 2 == 0 ? "Qualified" : "Nurturing")
              + ","
              + (i % 4 == 0 ? "Yes" : "No"));
    }
    Dataset dataset = Fixtures.open(engine, Fixtures.lines(dir, "customers-status.csv", lines));

    assertThat(meaning(dataset, "Marital Status").leaky()).isFalse();
    assertThat(meaning(dataset, "EmploymentStatus").leaky()).isFalse();
    assertThat(meaning(dataset, "Lead Status").leaky()).isTrue();
    assertThat(dataset.column("Lead Status").orElseThrow().leakage())
        .hasValueSatisfying(e -> assertThat(e).contains("sales-pipeline field"));
  }

  private Dataset open(String fixture) {
    return Fixtures.open(engine, Fixtures.resource(ProfilerTest.class, fixture));
  }

  private static ColumnMeaning meaning(Dataset dataset, String column) {
    return dataset.column(column).orElseThrow().meaning();
  }

  private static ColumnMeaning firmographic(ValueType type) {
    return new ColumnMeaning(
        ColumnRole.ATTRIBUTE,
        Optional.of(AttributeCategory.FIRMOGRAPHIC),
        Optional.empty(),
        type,
        false);
  }
}
