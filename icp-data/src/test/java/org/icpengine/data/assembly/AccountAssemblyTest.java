package org.icpengine.data.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.data.sources.SourceKind;
import org.junit.jupiter.api.Test;

/** What the assembly does with few or flawed sources. */
class AccountAssemblyTest {
  @Test
  void assemble_withAccountsOnlyKeepsTheAttributesAndHasNoAsOf() {
    try (LinkedFixture fixture = new LinkedFixture()) {
      fixture.accounts(
          "SELECT * FROM (VALUES ('1', 'Retail'), ('2', 'Software')) t(account_key, industry)",
          "industry");
      AssembledAccounts assembled =
          AccountAssembly.assemble(fixture.sources(), AssemblyOptions.defaults());
      assertThat(assembled.accounts()).isEqualTo(2);
      assertThat(assembled.asOf()).isEmpty();
      assertThat(assembled.computed()).isEmpty();
      assertThat(fixture.rows().get("2")).containsEntry("industry", "Software").hasSize(2);
      assertThat(assembled.notes()).anyMatch(n -> n.startsWith("no dated records"));
      assertThat(fixture.engine().query("SHOW TABLES", r -> r.getString(1)))
          .noneMatch(t -> t.startsWith("asm_"));
    }
  }

  @Test
  void assemble_defaultAsOfIsTheLatestDateMinusTheWindow() {
    try (LinkedFixture fixture = new LinkedFixture()) {
      fixture
          .accounts("SELECT * FROM (VALUES ('1'), ('2')) t(account_key)")
          .table(
              SourceKind.TRANSACTIONS,
              "SELECT account_key, date::DATE AS date, amount::DOUBLE AS amount FROM (VALUES"
                  + " ('1', '2022-03-01', 10), ('1', '2023-05-01', 20), (NULL, '2023-09-30', 5))"
                  + " t(account_key, date, amount)");
      AssembledAccounts assembled =
          AccountAssembly.assemble(
              fixture.sources(), new AssemblyOptions(Optional.empty(), 6, OptionalDouble.empty()));
      // the latest date 2023-09-30 minus 6 months
      assertThat(assembled.asOf()).contains(LocalDate.parse("2023-03-30"));
      Map<String, Object> one = fixture.rows().get("1");
      assertThat(one).containsEntry("revenue_to_date", 30.0).containsEntry("revenue_window", 20.0);
      assertThat(one).containsEntry("orders", 2L);
      // no revenue: no orders, empty revenue, a realised LTV of 0
      Map<String, Object> two = fixture.rows().get("2");
      assertThat(two).containsEntry("orders", 0L).containsEntry("ltv", 0.0);
      assertThat(two.get("revenue_to_date")).isNull();
      assertThat(assembled.notes())
          .anyMatch(n -> n.contains("the latest date in the data, 2023-09-30, minus the 6-month"))
          .anyMatch(n -> n.equals("transactions: 1 of 3 rows not linked to an account, left out"));
    }
  }

  @Test
  void assemble_leavesOutSubscriptionsEndingBeforeTheyStartAndSaysSo() {
    try (LinkedFixture fixture = new LinkedFixture()) {
      fixture
          .accounts("SELECT * FROM (VALUES ('1')) t(account_key)")
          .table(
              SourceKind.SUBSCRIPTIONS,
              "SELECT account_key, start_date::DATE AS start_date, end_date::DATE AS end_date,"
                  + " arr::DOUBLE AS arr FROM (VALUES ('1', '2023-01-01', NULL, 1200),"
                  + " ('1', '2023-06-01', '2023-02-01', 6000)) t(account_key, start_date,"
                  + " end_date, arr)");
      AssembledAccounts assembled =
          AccountAssembly.assemble(
              fixture.sources(),
              new AssemblyOptions(
                  Optional.of(LocalDate.parse("2023-01-01")), 12, OptionalDouble.empty()));
      // only the ARR of 1200 counts: MRR 100
      assertThat(fixture.rows().get("1")).containsEntry("mrr", 100.0).containsEntry("arr", 1200.0);
      assertThat(assembled.notes())
          .anyMatch(n -> n.startsWith("1 linked subscriptions left out") && n.contains("an end"));
    }
  }
}
