package org.icpengine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the customers with the planted profile and writes them as customers.csv. Customers are
 * held in memory because the noise columns are dealt out per outcome stratum.
 */
final class CustomerTable {
  static final List<String> USE_CASES =
      List.of(
          "Reporting automation",
          "Revenue forecasting",
          "Churn reduction",
          "Lead routing",
          "Compliance audit");
  static final double[] USE_CASE_WEIGHTS = {30, 25, 20, 15, 10};
  static final List<String> CHALLENGES =
      List.of("Data silos", "Manual reporting", "Slow growth", "Hiring", "Compliance risk", "");
  static final double[] CHALLENGE_WEIGHTS = {25, 25, 15, 15, 10, 10};
  static final List<String> LEAD_SOURCES =
      List.of("Organic", "Paid Search", "Webinar", "Referral", "Outbound");
  static final double[] LEAD_SOURCE_WEIGHTS = {30, 25, 15, 15, 15};

  /** The share of customers drawn as planted fits, on top of those that fit by chance. */
  static final double FIT_SHARE = 0.08;

  private CustomerTable() {}

  /** Generates {@code count} customers; the clean view behind customers.csv. */
  static List<Customer> generate(int count, SplittableRandom rnd) {
    List<Account> accounts = new ArrayList<>(count);
    List<Economics> economics = new ArrayList<>(count);
    List<Lifecycle> lifecycles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Account account = Accounts.draw(rnd, FIT_SHARE);
      Economics outcome = Outcomes.economics(account, rnd);
      accounts.add(account);
      economics.add(outcome);
      lifecycles.add(Outcomes.lifecycle(outcome, rnd));
    }
    return withNoise(accounts, economics, lifecycles, rnd);
  }

  /** Deals the noise columns out per outcome stratum and assembles the customers. */
  private static List<Customer> withNoise(
      List<Account> accounts,
      List<Economics> economics,
      List<Lifecycle> lifecycles,
      SplittableRandom rnd) {
    int[] strata = Strata.of(economics);
    String[] useCases = Strata.deal(strata, USE_CASES, USE_CASE_WEIGHTS, rnd);
    String[] challenges = Strata.deal(strata, CHALLENGES, CHALLENGE_WEIGHTS, rnd);
    String[] leadSources = Strata.deal(strata, LEAD_SOURCES, LEAD_SOURCE_WEIGHTS, rnd);
    List<Customer> customers = new ArrayList<>(accounts.size());
    for (int i = 0; i < accounts.size(); i++) {
      customers.add(
          new Customer(
              accounts.get(i),
              economics.get(i),
              lifecycles.get(i),
              useCases[i],
              challenges[i],
              leadSources[i]));
    }
    return customers;
  }

  /**
   * Writes {@code customers} to {@code file} with a header row, messy as drawn from {@code rnd}.
   */
  static void write(Path file, List<Customer> customers, long idSalt, SplittableRandom rnd)
      throws IOException {
    try (CsvWriter csv = CsvWriter.open(file)) {
      csv.row(CustomerRows.HEADER);
      for (int i = 0; i < customers.size(); i++) {
        csv.row(CustomerRows.cells(Ids.salesforce(i, idSalt), customers.get(i), rnd));
      }
    }
  }
}
