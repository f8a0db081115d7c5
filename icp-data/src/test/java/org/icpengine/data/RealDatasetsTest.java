package org.icpengine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.data.profile.Grain;
import org.icpengine.data.traits.TraitColumns;
import org.junit.jupiter.api.Test;

/**
 * Profiles the public datasets in {@code ../shared/datasets}; each test is skipped, with a reason
 * in the report, where that folder is absent (a fresh clone on its own).
 */
class RealDatasetsTest {
  private static Path dataset(String relative) {
    Path shared = Path.of(System.getProperty("icp.shared.dir", "../shared"));
    Path file = shared.resolve("datasets").resolve(relative);
    boolean present = Files.isRegularFile(file);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true and " + file + " is absent: CI runs with ../shared beside");
    }
    assumeTrue(present, "skipped: " + file + " is absent");
    return file;
  }

  private static ColumnProfile column(Dataset dataset, String name) {
    return dataset.column(name).orElseThrow(() -> new AssertionError("no column " + name));
  }

  @Test
  void xEducationLeads_convertedIsTheWonOutcomeAndSalesColumnsAreLeaky() {
    Path file = dataset("x-education-leads/Leads.csv");
    try (Engine engine = Engine.open("2GB")) {
      Dataset leads = Dataset.open(engine, file, DatasetOptions.defaults());
      assertThat(leads.rows()).isEqualTo(9_240);
      assertThat(column(leads, "Converted").meaning().isOutcome(OutcomeKind.WON)).isTrue();
      assertThat(column(leads, "Converted").meaning().type()).isEqualTo(ValueType.BOOLEAN);
      assertThat(column(leads, "Prospect ID").meaning().role()).isEqualTo(ColumnRole.IDENTIFIER);
      for (String leaky : new String[] {"Tags", "Lead Quality", "Last Activity"}) {
        assertThat(column(leads, leaky).meaning().leaky()).as(leaky).isTrue();
      }
      assertThat(column(leads, "Asymmetrique Activity Index").meaning().type())
          .isNotEqualTo(ValueType.DOMAIN);
      assertThat(
              column(leads, "Specialization")
                  .cleaning()
                  .count(org.icpengine.data.clean.ChangeKind.PLACEHOLDER))
          .as("'Select' is a placeholder")
          .isGreaterThan(1_000);
    }
  }

  @Test
  void telcoChurn_churnIsTheChurnedOutcome() {
    Path file = dataset("ibm-telco-churn/Telco-Customer-Churn.csv");
    try (Engine engine = Engine.open("2GB")) {
      Dataset telco = Dataset.open(engine, file, DatasetOptions.defaults());
      assertThat(telco.rows()).isEqualTo(7_043);
      assertThat(column(telco, "Churn").meaning().isOutcome(OutcomeKind.CHURNED)).isTrue();
      assertThat(column(telco, "TotalCharges").meaning().type()).isEqualTo(ValueType.NUMBER);
      assertThat(column(telco, "customerID").meaning().role()).isEqualTo(ColumnRole.IDENTIFIER);
    }
  }

  @Test
  void saasSales_readsTheBomAndFoldsCountries() {
    Path file = dataset("aws-saas-sales/SaaS-Sales.csv");
    try (Engine engine = Engine.open("2GB")) {
      Dataset sales = Dataset.open(engine, file, DatasetOptions.defaults());
      assertThat(sales.profile().source().encoding()).contains("UTF-8 with BOM");
      assertThat(sales.columns().get(0)).isEqualTo("Row ID");
      assertThat(column(sales, "Country").meaning().type()).isEqualTo(ValueType.COUNTRY);
    }
  }

  @Test
  void mavenCrmPipeline_readsTheStageAsWonLostLeavesOpenDealsOutAndTheAgentAsProcess() {
    Path file = dataset("maven-crm-sales-opportunities/sales_pipeline.csv");
    try (Engine engine = Engine.open("2GB")) {
      Dataset pipeline = Dataset.open(engine, file, DatasetOptions.defaults());

      ColumnProfile stage = column(pipeline, "deal_stage");
      assertThat(stage.meaning().isOutcome(OutcomeKind.WON)).isTrue();
      assertThat(stage.meaning().type()).isEqualTo(ValueType.BOOLEAN);
      assertThat(stage.cleaning().count(ChangeKind.OPEN)).isEqualTo(2_089);
      assertThat(stage.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .contains("2,089 open deals (Engaging 1,589, Prospecting 500)")
                      .contains("left out of win rates and training"));
      assertThat(pipeline.rows()).isEqualTo(8_800 - 2_089);
      assertThat(pipeline.openRows())
          .hasValueSatisfying(o -> assertThat(o.rows()).isEqualTo(2_089));
      assertThat(column(pipeline, "sales_agent").meaning().role()).isEqualTo(ColumnRole.PROCESS);
      assertThat(column(pipeline, "sales_agent").notes())
          .anySatisfy(n -> assertThat(n).startsWith("a process column"));
      assertThat(pipeline.profile().grain())
          .hasValueSatisfying(g -> assertThat(g.key()).isEqualTo("account"));

      IdealDefinition ideal = Ideals.evaluate(pipeline, Optional.empty());
      assertThat(ideal.idealRows()).isEqualTo(4_238);
      assertThat(ideal.rows()).isEqualTo(4_238 + 2_473);
      TraitColumns.Choice choice = TraitColumns.choose(pipeline, ideal, Set.of(), Set.of());
      assertThat(choice.used()).extracting(ColumnProfile::name).containsExactly("product");
      assertThat(choice.excluded())
          .filteredOn(e -> e.column().equals("sales_agent"))
          .singleElement()
          .satisfies(e -> assertThat(e.reason()).startsWith("a process column"));
    }
  }

  @Test
  void saasSales_isReadAsOrderLinesNotAccounts() {
    Path file = dataset("aws-saas-sales/SaaS-Sales.csv");
    try (Engine engine = Engine.open("2GB")) {
      Dataset sales = Dataset.open(engine, file, DatasetOptions.defaults());

      assertThat(sales.profile().grain())
          .hasValueSatisfying(
              g -> {
                assertThat(g.rows()).isEqualTo(9_994);
                assertThat(g.accounts()).isBetween(95L, 110L);
              });
      assertThatThrownBy(() -> Grain.requireAccounts(sales.profile(), false))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("9,994 rows but only");
    }
  }

  @Test
  void telcoChurn_hasOneRowPerAccount() {
    Path file = dataset("ibm-telco-churn/Telco-Customer-Churn.csv");
    try (Engine engine = Engine.open("2GB")) {
      Dataset telco = Dataset.open(engine, file, DatasetOptions.defaults());

      assertThat(telco.profile().grain()).isEmpty();
    }
  }
}
