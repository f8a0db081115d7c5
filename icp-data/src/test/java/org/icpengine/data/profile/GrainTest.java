package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrainTest {
  /** Order lines: 200 rows over 10 customers, as a transactions export holds them. */
  private static Path transactions(Path dir) {
    List<String> lines = new ArrayList<>(List.of("Order ID,Customer,Industry,Sales"));
    for (int i = 0; i < 200; i++) {
      lines.add(
          "O-"
              + i
              + ",Customer "
              + (i % 10)
              + ","
              + (i % 2 == 0 ? "Retail" : "Energy")
              + ","
              + (i * 3));
    }
    return Fixtures.lines(dir, "order-lines.csv", lines);
  }

  private static Path accounts(Path dir) {
    List<String> lines = new ArrayList<>(List.of("Account Name,Industry,Revenue"));
    for (int i = 0; i < 200; i++) {
      lines.add("Company " + i + "," + (i % 2 == 0 ? "Retail" : "Energy") + "," + (i * 3));
    }
    return Fixtures.lines(dir, "accounts.csv", lines);
  }

  @Test
  void detect_saysATransactionsFileIsNotOneRowPerAccount(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, transactions(dir));

      Grain grain = dataset.profile().grain().orElseThrow();
      assertThat(grain.key()).isEqualTo("Customer");
      assertThat(grain.rows()).isEqualTo(200);
      assertThat(grain.accounts()).isBetween(9L, 11L);
      assertThat(grain.describe())
          .startsWith("200 rows but only ")
          .contains("transactions or opportunities file")
          .contains("icp sources init");
    }
  }

  @Test
  void requireAccounts_refusesRowsThatAreNotAccountsUnlessTheUserSaysTheyAre(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      DatasetProfile profile = Fixtures.open(engine, transactions(dir)).profile();

      assertThatThrownBy(() -> Grain.requireAccounts(profile, false))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("order-lines.csv has 200 rows")
          .hasMessageContaining("--rows-are-accounts")
          .hasMessageNotContaining("\n");
      assertThatCode(() -> Grain.requireAccounts(profile, true)).doesNotThrowAnyException();
    }
  }

  @Test
  void detect_findsNothingInAFileWithOneRowPerAccount(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      DatasetProfile profile = Fixtures.open(engine, accounts(dir)).profile();

      assertThat(profile.grain()).isEmpty();
      assertThatCode(() -> Grain.requireAccounts(profile, false)).doesNotThrowAnyException();
    }
  }
}
