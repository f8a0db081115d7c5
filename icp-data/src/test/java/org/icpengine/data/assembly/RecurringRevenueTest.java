package org.icpengine.data.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.data.sources.SourceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MRR movements, retention, churn and projected LTV on a hand-worked case. As-of 2023-01-01, a
 * 12-month window: the window's month-ends are Jan–Dec 2023, its end 2024-01-01.
 *
 * <pre>
 * A: 100 from 2023-01-01 open-ended; +50 from 2023-04-01 to 2023-06-30 (last day covered)
 *    month-end MRR Jan–Mar 100, Apr–Jun 150, Jul–Dec 100
 *    → new 100 (Jan), expansion 50 (Apr), contraction 50 (Jul); MRR on as-of 100, on the end 100
 *    → nrr 100, grr 100; not churned; revenue 3×100 + 3×150 + 6×100 = 1350 over 12 months,
 *      ARPA 112.5
 * B: 200 from 2023-02-01 to 2023-05-31, then 120 from 2023-09-15 open-ended
 *    month-end MRR Feb–May 200, Jun–Aug 0, Sep–Dec 120
 *    → new 200 (Feb), churn 200 (Jun), reactivation 120 (Sep); no MRR on as-of → no nrr;
 *      paying on the end → not churned; revenue 4×200 + 4×120 = 1280 over 8 months, ARPA 160
 * C: 80 from 2023-03-01 to 2023-03-31: a single month
 *    → new 80 (Mar), churn 80 (Apr); churned on 2023-03-31
 * D: 60 from 2023-03-10 to 2023-03-20: never active on a month-end → no movement, but it paid
 *    in the window and not on its end → churned on 2023-03-20
 * E: no subscription → churned empty
 * Churn rate: month-ends paying before each window month (Dec 2022–Nov 2023): A 11, B 4 + 3,
 *   C 1 = 19; churns in the window: B (Jun), C (Apr) = 2 → 2/19 a month.
 * Projected LTV at margin 0.8: A 112.5 × 0.8 ÷ (2/19) = 855; B 160 × 0.8 ÷ (2/19) = 1216.
 * </pre>
 */
class RecurringRevenueTest {
  private LinkedFixture fixture;

  @BeforeEach
  void link() {
    fixture =
        new LinkedFixture()
            .accounts(
                "SELECT * FROM (VALUES ('A', 'x'), ('B', 'y'), ('C', 'x'), ('D', 'y'), ('E', 'x'))"
                    + " t(account_key, segment)",
                "segment")
            .table(
                SourceKind.SUBSCRIPTIONS,
                "SELECT account_key, start_date::DATE AS start_date, end_date::DATE AS end_date,"
                    + " mrr::DOUBLE AS mrr FROM (VALUES"
                    + " ('A', '2023-01-01', NULL, 100), ('A', '2023-04-01', '2023-06-30', 50),"
                    + " ('B', '2023-02-01', '2023-05-31', 200), ('B', '2023-09-15', NULL, 120),"
                    + " ('C', '2023-03-01', '2023-03-31', 80), ('D', '2023-03-10', '2023-03-20', 60))"
                    + " t(account_key, start_date, end_date, mrr)")
            .latest(LocalDate.parse("2024-01-01"));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private Map<String, Map<String, Object>> assemble(OptionalDouble margin) {
    AssembledAccounts assembled =
        AccountAssembly.assemble(
            fixture.sources(),
            new AssemblyOptions(Optional.of(LocalDate.parse("2023-01-01")), 12, margin));
    assertThat(assembled.accounts()).isEqualTo(5);
    assertThat(assembled.asOf()).contains(LocalDate.parse("2023-01-01"));
    return fixture.rows();
  }

  private static double number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  @Test
  void assemble_movementsFollowMonthEndMrr() {
    Map<String, Map<String, Object>> rows = assemble(OptionalDouble.empty());
    assertMovements(rows.get("A"), 100, 50, 50, 0, 0);
    assertMovements(rows.get("B"), 200, 0, 0, 200, 120);
    assertMovements(rows.get("C"), 80, 0, 0, 80, 0);
    assertMovements(rows.get("D"), 0, 0, 0, 0, 0);
    assertMovements(rows.get("E"), 0, 0, 0, 0, 0);
  }

  private static void assertMovements(
      Map<String, Object> row, double fresh, double up, double down, double churn, double back) {
    assertThat(number(row, "mrr_new")).isEqualTo(fresh);
    assertThat(number(row, "mrr_expansion")).isEqualTo(up);
    assertThat(number(row, "mrr_contraction")).isEqualTo(down);
    assertThat(number(row, "mrr_churn")).isEqualTo(churn);
    assertThat(number(row, "mrr_reactivation")).isEqualTo(back);
  }

  @Test
  void assemble_retentionAndChurnFromMrrOnTheDay() {
    Map<String, Map<String, Object>> rows = assemble(OptionalDouble.empty());
    assertThat(number(rows.get("A"), "mrr")).isEqualTo(100);
    assertThat(number(rows.get("A"), "arr")).isEqualTo(1200);
    assertThat(number(rows.get("A"), "nrr_12m")).isEqualTo(100);
    assertThat(number(rows.get("A"), "grr_12m")).isEqualTo(100);
    assertThat(rows.get("B").get("nrr_12m")).isNull();
    assertThat(number(rows.get("B"), "mrr")).isEqualTo(120);
    assertThat(rows.get("A").get("churned")).isEqualTo(false);
    assertThat(rows.get("B").get("churned")).as("churn then reactivation").isEqualTo(false);
    assertThat(rows.get("B").get("churn_date")).isNull();
    assertThat(rows.get("C").get("churned")).isEqualTo(true);
    assertThat(String.valueOf(rows.get("C").get("churn_date"))).isEqualTo("2023-03-31");
    assertThat(rows.get("D").get("churned")).isEqualTo(true);
    assertThat(String.valueOf(rows.get("D").get("churn_date"))).isEqualTo("2023-03-20");
    assertThat(rows.get("E").get("churned")).isNull();
  }

  @Test
  void assemble_realisedLtvWithoutMargin() {
    Map<String, Map<String, Object>> rows = assemble(OptionalDouble.empty());
    assertThat(number(rows.get("A"), "ltv")).isEqualTo(1350);
    assertThat(number(rows.get("B"), "ltv")).isEqualTo(1280);
    assertThat(rows.get("A")).doesNotContainKey("ltv_realised");
  }

  @Test
  void assemble_projectedLtvWithMargin() {
    Map<String, Map<String, Object>> rows = assemble(OptionalDouble.of(0.8));
    assertThat(number(rows.get("A"), "ltv")).isCloseTo(855, within(1e-6));
    assertThat(number(rows.get("B"), "ltv")).isCloseTo(1216, within(1e-6));
    assertThat(number(rows.get("A"), "ltv_realised")).isEqualTo(1350);
  }

  @Test
  void assemble_movementsReconcileWithMonthEndMrr() {
    Map<String, Map<String, Object>> rows = assemble(OptionalDouble.empty());
    for (Map<String, Object> row : rows.values()) {
      double net =
          number(row, "mrr_new")
              + number(row, "mrr_expansion")
              + number(row, "mrr_reactivation")
              - number(row, "mrr_contraction")
              - number(row, "mrr_churn");
      // every account had no MRR on the month-end before the window (Dec 2022)
      assertThat(net).isEqualTo(number(row, "mrr"));
    }
  }
}
