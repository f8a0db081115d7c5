package org.icpengine.data.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.icpengine.data.sources.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * The account table on public datasets no one here wrote, checked against a plain-Java computation
 * from the same CSV files. Skipped, saying so, without {@code ../shared/datasets}.
 */
class RealLinkedDatasetsTest {
  private static Path dataset(String relative) {
    Path shared = Path.of(System.getProperty("icp.shared.dir", "../shared"));
    Path file = shared.resolve("datasets").resolve(relative);
    assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");
    return file;
  }

  /** One deal of the Maven CRM pipeline. */
  private record Deal(String stage, LocalDate engaged, LocalDate closed, double value) {}

  @Test
  void mavenCrm_dealFiguresMatchAPlainJavaComputation() throws IOException {
    Path accounts = dataset("maven-crm-sales-opportunities/accounts.csv");
    Path pipeline = dataset("maven-crm-sales-opportunities/sales_pipeline.csv");
    Map<String, List<Deal>> deals = readDeals(pipeline);
    try (LinkedFixture fixture = new LinkedFixture()) {
      fixture
          .accounts(
              "SELECT account AS account_key, sector, employees FROM read_csv("
                  + fixture.readable(accounts)
                  + ", header = true, all_varchar = true)",
              "sector",
              "employees")
          .table(
              SourceKind.OPPORTUNITIES,
              "SELECT opportunity_id, nullif(account, '') AS account_key, deal_stage AS stage,"
                  + " CASE deal_stage WHEN 'Won' THEN 'won' WHEN 'Lost' THEN 'lost' ELSE 'open'"
                  + " END AS stage_outcome, engage_date::DATE AS created_date,"
                  + " close_date::DATE AS close_date, close_value::DOUBLE AS amount,"
                  + " sales_agent AS owner, product FROM read_csv("
                  + fixture.readable(pipeline)
                  + ", header = true, all_varchar = true)");
      AssembledAccounts assembled =
          AccountAssembly.assemble(fixture.sources(), AssemblyOptions.defaults());
      LocalDate latest = latest(deals);
      LocalDate asOf = latest.minusMonths(12);
      assertThat(assembled.asOf()).contains(asOf);
      assertThat(assembled.accounts()).isEqualTo(85);
      Map<String, Map<String, Object>> rows = fixture.rows();
      assertThat(rows.keySet()).containsAll(deals.keySet());
      for (Map.Entry<String, List<Deal>> account : deals.entrySet()) {
        assertDeals(rows.get(account.getKey()), account.getValue(), asOf, latest);
      }
    }
  }

  private static void assertDeals(
      Map<String, Object> row, List<Deal> deals, LocalDate asOf, LocalDate end) {
    List<Deal> won = new ArrayList<>();
    long lost = 0;
    long open = 0;
    for (Deal deal : deals) {
      boolean inWindow = deal.closed() == null || !deal.closed().isBefore(asOf);
      if (deal.stage().equals("Won") && inWindow) {
        won.add(deal);
      } else if (deal.stage().equals("Lost") && inWindow) {
        lost++;
      } else if (!deal.stage().equals("Won") && !deal.stage().equals("Lost")) {
        open += deal.engaged() == null || !deal.engaged().isAfter(end) ? 1 : 0;
      }
    }
    assertThat(row.get("deals_won")).isEqualTo((long) won.size());
    assertThat(row.get("deals_lost")).isEqualTo(lost);
    assertThat(row.get("deals_open")).isEqualTo(open);
    double revenue = won.stream().mapToDouble(Deal::value).sum();
    assertThat(((Number) row.get("revenue_won")).doubleValue()).isCloseTo(revenue, within(1e-6));
    if (won.size() + lost > 0) {
      assertThat(((Number) row.get("win_rate")).doubleValue())
          .isCloseTo((double) won.size() / (won.size() + lost), within(1e-12));
    }
    List<Long> cycles = new ArrayList<>();
    for (Deal deal : won) {
      if (deal.engaged() != null && !deal.closed().isBefore(deal.engaged())) {
        cycles.add(deal.closed().toEpochDay() - deal.engaged().toEpochDay());
      }
    }
    Collections.sort(cycles);
    int n = cycles.size();
    double median =
        n % 2 == 1 ? cycles.get(n / 2) : (cycles.get(n / 2 - 1) + cycles.get(n / 2)) / 2.0;
    assertThat(((Number) row.get("sales_cycle_days_median")).doubleValue())
        .isCloseTo(median, within(1e-9));
  }

  private static Map<String, List<Deal>> readDeals(Path pipeline) throws IOException {
    Map<String, List<Deal>> deals = new TreeMap<>();
    List<String> lines = Files.readAllLines(pipeline, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[3].isEmpty()) {
        continue;
      }
      Deal deal =
          new Deal(f[4], date(f[5]), date(f[6]), f[7].isEmpty() ? 0 : Double.parseDouble(f[7]));
      deals.computeIfAbsent(f[3], k -> new ArrayList<>()).add(deal);
    }
    return deals;
  }

  private static LocalDate latest(Map<String, List<Deal>> deals) {
    LocalDate latest = LocalDate.MIN;
    for (List<Deal> list : deals.values()) {
      for (Deal deal : list) {
        for (LocalDate day : new LocalDate[] {deal.engaged(), deal.closed()}) {
          latest = day != null && day.isAfter(latest) ? day : latest;
        }
      }
    }
    return latest;
  }

  private static LocalDate date(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  /** A customer's order lines summed up. */
  private record Orders(double revenue, long lines, LocalDate first, LocalDate last) {
    Orders add(double sales, LocalDate day) {
      return new Orders(
          revenue + sales,
          lines + 1,
          first == null || day.isBefore(first) ? day : first,
          last == null || day.isAfter(last) ? day : last);
    }
  }

  @Test
  void awsSaasSales_revenueToDatePerCustomerMatchesAPlainJavaComputation() throws IOException {
    Path file = dataset("aws-saas-sales/SaaS-Sales.csv");
    Map<String, Orders> expected = readOrders(file);
    try (LinkedFixture fixture = new LinkedFixture()) {
      String lines = "read_csv(" + fixture.readable(file) + ", header = true, all_varchar = true)";
      fixture
          .accounts(
              "SELECT \"Customer\" AS account_key, min(\"Industry\") AS industry FROM "
                  + lines
                  + " GROUP BY ALL",
              "industry")
          .table(
              SourceKind.TRANSACTIONS,
              "SELECT \"Customer\" AS account_key, strptime(\"Order Date\", '%m/%d/%Y')::DATE"
                  + " AS date, \"Sales\"::DOUBLE AS amount, \"Product\" AS product FROM "
                  + lines);
      AssembledAccounts assembled =
          AccountAssembly.assemble(
              fixture.sources(), new AssemblyOptions(Optional.empty(), 12, OptionalDouble.empty()));
      // one row per customer, not per order line: SOURCE.md and the file say 99 customers
      assertThat(expected).hasSize(99);
      assertThat(assembled.accounts()).isEqualTo(expected.size());
      Map<String, Map<String, Object>> rows = fixture.rows();
      for (Map.Entry<String, Orders> customer : expected.entrySet()) {
        Map<String, Object> row = rows.get(customer.getKey());
        Orders orders = customer.getValue();
        assertThat(((Number) row.get("revenue_to_date")).doubleValue())
            .isCloseTo(orders.revenue(), within(1e-6));
        assertThat(row.get("orders")).isEqualTo(orders.lines());
        assertThat(String.valueOf(row.get("first_order_date")))
            .isEqualTo(orders.first().toString());
        assertThat(String.valueOf(row.get("last_order_date"))).isEqualTo(orders.last().toString());
        assertThat(((Number) row.get("ltv")).doubleValue())
            .isCloseTo(orders.revenue(), within(1e-6));
      }
    }
  }

  private static Map<String, Orders> readOrders(Path file) throws IOException {
    DateTimeFormatter usDate = DateTimeFormatter.ofPattern("M/d/yyyy");
    Map<String, Orders> orders = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      LocalDate day = LocalDate.parse(f[2], usDate);
      orders.merge(
          f[9],
          new Orders(0, 0, null, null).add(Double.parseDouble(f[15]), day),
          (a, b) -> a.add(b.revenue(), b.first()));
    }
    return orders;
  }
}
