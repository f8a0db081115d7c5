package org.icpengine.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Renders a {@link Customer} as a messy Salesforce-style customers.csv row. */
final class CustomerRows {
  static final List<String> HEADER =
      List.of(
          "Account ID",
          "Account Name",
          "Website",
          "Industry",
          "Billing Country",
          "NumberOfEmployees",
          "AnnualRevenue",
          "Tech Stack",
          "Primary Use Case",
          "Biggest Challenge",
          "Lead Source",
          "Customer Since",
          "Web Visits (90d)",
          "Last Activity",
          "Customer Health",
          "LTV",
          "NRR",
          "CAC",
          "Churned");

  private CustomerRows() {}

  /** Returns the row's fields in {@link #HEADER} order, drawing the messiness from {@code rnd}. */
  static List<String> cells(String accountId, Customer customer, SplittableRandom rnd) {
    Account account = customer.account();
    Lifecycle lifecycle = customer.lifecycle();
    Economics economics = customer.economics();
    List<String> cells = new ArrayList<>(32);
    cells.add(accountId);
    cells.add(account.name());
    cells.add(Spellings.website(account.domain(), rnd));
    cells.addAll(Firmographics.cells(account, rnd));
    cells.add(Spellings.technologies(account.technologies(), rnd));
    cells.add(customer.useCase());
    cells.add(customer.challenge());
    cells.add(customer.leadSource());
    cells.add(Figures.usDate(lifecycle.customerSince()));
    cells.add(Integer.toString(lifecycle.webVisits()));
    cells.add(Figures.usDate(lifecycle.lastActivity()));
    cells.add(lifecycle.health());
    cells.add(Figures.money(economics.ltv()));
    cells.add(economics.nrr() + "%");
    cells.add(Figures.dollars(economics.cac()));
    cells.add(Spellings.yesNo(economics.churned(), rnd));
    return cells;
  }
}
