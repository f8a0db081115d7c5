package org.icpengine.data.traits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraitColumnsTest {
  /**
   * 100 accounts, 30 won: "Contract Type" exists for 25 won accounts and one other; "Account Owner"
   * names who worked the account; "Marital Status" describes the customer.
   */
  private static Path accounts(Path dir) {
    List<String> lines =
        new ArrayList<>(
            List.of("Account Name,Industry,Marital Status,Account Owner,Contract Type,Won"));
    for (int i = 0; i < 100; i++) {
      boolean won = i < 30;
      String contract = (won && i < 25) || i == 99 ? (i % 2 == 0 ? "Annual" : "Monthly") : "";
      lines.add(
          "Company "
              + i
              + ","
              + (i % 3 == 0 ? "Retail" : "Energy")
              + ","
              + (i % 2 == 0 ? "Married" : "Single")
              + ","
              + (i % 4 == 0 ? "Ann" : "Bob")
              + ","
              + contract
              + ","
              + (won ? "Yes" : "No"));
    }
    return Fixtures.lines(dir, "accounts-with-contracts.csv", lines);
  }

  @Test
  void choose_leavesOutAValueThatExistsAlmostOnlyForWonAccountsWithItsEvidence(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, accounts(dir));
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());

      TraitColumns.Choice choice = TraitColumns.choose(dataset, ideal, Set.of(), Set.of());

      assertThat(choice.excluded())
          .contains(
              new TraitColumns.Exclusion(
                  "Contract Type",
                  "likely leakage: it has a value on 25 of 30 ideal accounts but on only 1 of 70"
                      + " others, so it is probably filled in once the outcome is known"));
      assertThat(choice.used()).extracting(ColumnProfile::name).contains("Marital Status");
    }
  }

  @Test
  void choose_leavesOutProcessColumnsWithTheirReason(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, accounts(dir));
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());

      TraitColumns.Choice choice = TraitColumns.choose(dataset, ideal, Set.of(), Set.of());

      assertThat(choice.excluded())
          .filteredOn(e -> e.column().equals("Account Owner"))
          .singleElement()
          .satisfies(e -> assertThat(e.reason()).startsWith("a process column"));
      assertThat(choice.used()).extracting(ColumnProfile::name).doesNotContain("Account Owner");
    }
  }

  @Test
  void choose_keepsALeakingColumnTheUserReincludes(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, accounts(dir));
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());

      TraitColumns.Choice choice =
          TraitColumns.choose(dataset, ideal, Set.of(), Set.of("Contract Type"));

      assertThat(choice.excluded())
          .extracting(TraitColumns.Exclusion::column)
          .doesNotContain("Contract Type");
    }
  }
}
