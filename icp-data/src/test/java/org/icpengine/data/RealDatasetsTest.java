package org.icpengine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnProfile;
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
}
