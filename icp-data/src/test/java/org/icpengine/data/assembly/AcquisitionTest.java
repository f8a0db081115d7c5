package org.icpengine.data.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.data.sources.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * CAC allocation and payback on a hand-worked case. As-of 2023-01-01, 12-month window (to
 * 2024-01-01).
 *
 * <pre>
 * spend in the window: paid search 1000 (Jan) + 500 (Feb) = 1500; events 300 (Mar);
 *   display 200 (Jan); paid search 999 in Dec 2022 is before the window
 * X: first touch 'paid_search' (2022-11-05), first won deal 2023-02-10 → acquired in the window
 * Y: first touch ' Paid_Search ' → the same channel after folding case and spaces; won 2023-05-01
 * Z: first touch 'events', won 2023-03-03
 * V: no touch; its earliest deal's channel 'events'; won 2023-04-04
 * W: first touch paid_search but customer since 2022-06-01: acquired before the window → no CAC
 * → paid search 1500 ÷ {X, Y} = 750 each; events 300 ÷ {Z, V} = 150 each; display 200 allocated
 *   to no one
 * payback of X: revenue 900 + 750 = 1650 over datediff(month, 2023-02-10, 2024-01-01) = 11
 *   months → ARPA 150 → 750 ÷ 150 = 5 months
 * </pre>
 */
class AcquisitionTest {
  @Test
  void assemble_splitsChannelSpendEvenlyAmongAccountsAcquiredInTheWindow() {
    try (LinkedFixture fixture = linked()) {
      AssembledAccounts assembled =
          AccountAssembly.assemble(
              fixture.sources(),
              new AssemblyOptions(
                  Optional.of(LocalDate.parse("2023-01-01")), 12, OptionalDouble.empty()));
      Map<String, Map<String, Object>> rows = fixture.rows();
      assertThat(rows.get("X").get("cac")).isEqualTo(750.0);
      assertThat(rows.get("Y").get("cac")).isEqualTo(750.0);
      assertThat(rows.get("Z").get("cac")).isEqualTo(150.0);
      assertThat(rows.get("V").get("cac")).isEqualTo(150.0);
      assertThat(rows.get("W").get("cac")).isNull();
      assertThat(((Number) rows.get("X").get("payback_months")).doubleValue())
          .isCloseTo(5.0, within(1e-9));
      assertThat(assembled.notes())
          .anyMatch(n -> n.contains("2000.00 of spend") && n.contains("200.00 of it"));
      assertThat(assembled.computed())
          .filteredOn(c -> c.name().equals("cac"))
          .singleElement()
          .satisfies(c -> assertThat(c.sources()).contains("spend"));
    }
  }

  @Test
  void assemble_usesTheAccountsOwnCacColumnWhenThereIsOne() {
    try (LinkedFixture fixture = new LinkedFixture()) {
      fixture
          .accounts(
              "SELECT * FROM (VALUES ('X', 300.0), ('Y', NULL)) t(account_key, \"CAC\")", "CAC")
          .table(
              SourceKind.TRANSACTIONS,
              "SELECT 'X' AS account_key, DATE '2023-02-10' AS date, 1200.0 AS amount");
      AssembledAccounts assembled =
          AccountAssembly.assemble(
              fixture.sources(),
              new AssemblyOptions(
                  Optional.of(LocalDate.parse("2023-01-01")), 12, OptionalDouble.empty()));
      Map<String, Map<String, Object>> rows = fixture.rows();
      assertThat(((Number) rows.get("X").get("CAC")).doubleValue()).isEqualTo(300.0);
      assertThat(rows.get("X")).doesNotContainKey("cac");
      // ARPA 1200 ÷ datediff(month, 2023-02-10, 2024-01-01) = 11 months; payback 300 ÷ (1200/11)
      assertThat(((Number) rows.get("X").get("payback_months")).doubleValue())
          .isCloseTo(2.75, within(1e-9));
      assertThat(assembled.notes()).anyMatch(n -> n.contains("'CAC' is used"));
    }
  }

  private static LinkedFixture linked() {
    return new LinkedFixture()
        .accounts("SELECT * FROM (VALUES ('X'), ('Y'), ('Z'), ('V'), ('W')) t(account_key)")
        .table(
            SourceKind.OPPORTUNITIES,
            "SELECT account_key, 'won' AS stage_outcome, close_date::DATE AS close_date, channel"
                + " FROM (VALUES ('X', '2023-02-10', 'web'), ('Y', '2023-05-01', NULL),"
                + " ('Z', '2023-03-03', NULL), ('V', '2023-04-04', 'events'),"
                + " ('W', '2022-06-01', NULL)) t(account_key, close_date, channel)")
        .table(
            SourceKind.TOUCHES,
            "SELECT account_key, date::DATE AS date, channel FROM (VALUES"
                + " ('X', '2022-11-05', 'paid_search'), ('X', '2022-12-05', 'events'),"
                + " ('Y', '2022-12-01', ' Paid_Search '), ('Z', '2022-10-01', 'events'),"
                + " ('W', '2022-01-01', 'paid_search')) t(account_key, date, channel)")
        .table(
            SourceKind.TRANSACTIONS,
            "SELECT account_key, date::DATE AS date, amount::DOUBLE AS amount FROM (VALUES"
                + " ('X', '2023-02-10', 900), ('X', '2023-06-10', 750)) t(account_key, date,"
                + " amount)")
        .table(
            SourceKind.SPEND,
            "SELECT channel, month::DATE AS month, amount::DOUBLE AS amount FROM (VALUES"
                + " ('paid_search', '2023-01-01', 1000), ('paid_search', '2023-02-01', 500),"
                + " ('events', '2023-03-01', 300), ('display', '2023-01-01', 200),"
                + " ('paid_search', '2022-12-01', 999)) t(channel, month, amount)");
  }
}
