package org.icpengine.sample.linked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.icpengine.sample.PlantedIcp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the planted ICP and drivers show in economics computed, independently of the
 * generator, from the written files; only the fit label comes from the planted truth.
 */
class LinkedEconomicsTest {
  @TempDir static Path dir;
  static Map<String, PlantedAccount> planted;
  static Subscriptions subscriptions;
  static Table opportunities;

  @BeforeAll
  static void writeExport() throws IOException {
    LinkedSample sample = LinkedSample.builder().build();
    LinkedSampleFiles files = sample.write(dir);
    planted =
        sample.plantedAccounts().stream()
            .collect(Collectors.toMap(PlantedAccount::id, Function.identity()));
    subscriptions = new Subscriptions(Table.read(files.subscriptions()));
    opportunities = Table.read(files.opportunities());
  }

  /** The share churned among customers that started before 2025, so reached a renewal. */
  private static double churnRate(Predicate<PlantedAccount> group) {
    YearMonth renewed = YearMonth.of(2025, 1);
    List<String> customers =
        customers(group).stream()
            .filter(id -> subscriptions.byAccount.get(id).get(0).start().isBefore(renewed))
            .toList();
    assertThat(customers).hasSizeGreaterThan(40);
    return customers.stream().filter(subscriptions::churned).count() / (double) customers.size();
  }

  private static double expansionRate(Predicate<PlantedAccount> group) {
    List<String> customers = customers(group);
    return customers.stream().filter(subscriptions::expanded).count() / (double) customers.size();
  }

  private static List<String> customers(Predicate<PlantedAccount> group) {
    List<String> ids =
        subscriptions.byAccount.keySet().stream()
            .filter(id -> group.test(planted.get(id)))
            .toList();
    assertThat(ids).hasSizeGreaterThan(40);
    return ids;
  }

  @Test
  void plantedFits_churnUnderHalfAsOftenAsTheRest() {
    double fits = churnRate(PlantedAccount::fit);
    double rest = churnRate(a -> !a.fit());

    assertThat(fits).isLessThan(0.5 * rest);
  }

  @Test
  void stackWithoutCrm_churnsMuchMoreAmongAccountsThatAreNotFits() {
    double without = churnRate(a -> !a.fit() && a.lacksCrm());
    double with = churnRate(a -> !a.fit() && !a.lacksCrm());

    assertThat(without).isGreaterThan(1.4 * with);
  }

  @Test
  void plantedFitsAndTheForecastingJob_expandMore() {
    assertThat(expansionRate(PlantedAccount::fit))
        .isGreaterThan(1.8 * expansionRate(a -> !a.fit()));
    Predicate<PlantedAccount> forecasting = a -> PlantedIcp.EXPANSION_JOB.equals(a.job());
    assertThat(expansionRate(forecasting.and(a -> !a.fit())))
        .isGreaterThan(1.4 * expansionRate(forecasting.negate().and(a -> !a.fit())));
  }

  @Test
  void plantedFits_signLargerFirstDealsAfterShorterCycles() {
    List<double[]> fits = new ArrayList<>();
    List<double[]> rest = new ArrayList<>();
    for (List<String> row : opportunities.rows()) {
      PlantedAccount account = planted.get(opportunities.value(row, "AccountId"));
      if (account != null
          && opportunities.value(row, "StageName").equals("Closed Won")
          && opportunities.value(row, "Name").endsWith(" - New Business")) {
        long cycle =
            ChronoUnit.DAYS.between(
                Amounts.isoDate(opportunities.value(row, "CreatedDate")),
                Amounts.isoDate(opportunities.value(row, "CloseDate")));
        double amount = Amounts.money(opportunities.value(row, "Amount"));
        (account.fit() ? fits : rest).add(new double[] {amount, cycle});
      }
    }
    assertThat(median(fits, 0)).isGreaterThan(1.5 * median(rest, 0));
    assertThat(median(fits, 1)).isLessThan(0.7 * median(rest, 1));
  }

  private static double median(List<double[]> values, int index) {
    assertThat(values).hasSizeGreaterThan(40);
    double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  @Test
  void mrrMovements_sumToTheChangeInMrrEveryMonth() {
    YearMonth first = SpendLedger.FIRST_MONTH;
    double previous = subscriptions.mrr(first.minusMonths(1));
    assertThat(previous).isZero();
    for (YearMonth month = first; !month.isAfter(Deals.EXPORT_MONTH); month = month.plusMonths(1)) {
      double now = subscriptions.mrr(month);
      assertThat(movements(month)).as(month.toString()).isCloseTo(now - previous, within(0.001));
      previous = now;
    }
    assertThat(previous).isPositive();
  }

  /** New, expansion, contraction, churn and reactivation MRR in {@code month}, from the rows. */
  private static double movements(YearMonth month) {
    double total = 0;
    for (List<Subscriptions.Row> rows : subscriptions.byAccount.values()) {
      for (int i = 0; i < rows.size(); i++) {
        Subscriptions.Row row = rows.get(i);
        Subscriptions.Row before = i == 0 ? null : rows.get(i - 1);
        Subscriptions.Row after = i + 1 < rows.size() ? rows.get(i + 1) : null;
        if (row.start().equals(month)) {
          total += startMovement(row, before);
        }
        boolean endsBefore = row.end() != null && row.end().plusMonths(1).equals(month);
        if (endsBefore && (after == null || !after.start().equals(month))) {
          total -= row.mrr(); // churn
        }
      }
    }
    return total;
  }

  private static double startMovement(Subscriptions.Row row, Subscriptions.Row before) {
    switch (row.change()) {
      case "New":
        assertThat(before).isNull();
        return row.mrr();
      case "Reactivation":
        assertThat(before.end().plusMonths(1)).isBefore(row.start());
        return row.mrr();
      case "Expansion":
        assertThat(row.mrr()).isGreaterThan(before.mrr());
        return row.mrr() - before.mrr();
      case "Contraction":
        assertThat(row.mrr()).isLessThan(before.mrr());
        return row.mrr() - before.mrr();
      default:
        throw new AssertionError("unknown change type " + row.change());
    }
  }
}
