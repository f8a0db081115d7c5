package org.icpengine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams closed deals as a HubSpot-style deals.csv. Planted fits win about 45 % of deals, other
 * accounts about 15 % and the disqualified industry about 5 %.
 */
final class DealTable {
  static final List<String> HEADER =
      List.of(
          "Deal ID",
          "Deal Name",
          "Company name",
          "Company Domain Name",
          "Industry",
          "Country/Region",
          "Number of Employees",
          "Annual Revenue",
          "Technologies",
          "Lead Source",
          "Amount",
          "Create Date",
          "Close Date",
          "Deal Stage",
          "Is Closed Won");

  /** The share of deals drawn as planted fits, on top of those that fit by chance. */
  static final double FIT_SHARE = 0.10;

  private static final long FIRST_CREATE_DAY = LocalDate.of(2022, 1, 1).toEpochDay();
  private static final long LAST_CREATE_DAY = LocalDate.of(2025, 10, 31).toEpochDay();
  private static final List<String> DEAL_KINDS =
      List.of("New Business", "Annual Plan", "Pilot", "Platform Expansion", "Renewal");

  private DealTable() {}

  /** Writes {@code count} deals to {@code file}, one account drawn per deal. */
  static void write(Path file, int count, long idSalt, SplittableRandom rnd) throws IOException {
    try (CsvWriter csv = CsvWriter.open(file)) {
      csv.row(HEADER);
      for (int i = 0; i < count; i++) {
        csv.row(cells(Ids.hubspot(i, idSalt), Accounts.draw(rnd, FIT_SHARE), rnd));
      }
    }
  }

  /** Returns the probability that a deal with {@code account} is won. */
  static double winRate(Account account) {
    if (account.disqualified()) {
      return 0.05;
    }
    switch (account.traits()) {
      case 0:
        return 0.12;
      case 1:
        return 0.16;
      case 2:
        return 0.22;
      default:
        return 0.45;
    }
  }

  private static List<String> cells(String dealId, Account account, SplittableRandom rnd) {
    boolean won = Draws.chance(rnd, winRate(account));
    long created = FIRST_CREATE_DAY + rnd.nextLong(LAST_CREATE_DAY - FIRST_CREATE_DAY + 1);
    double cycleDays = 14 + 45 * StrictMath.exp(0.6 * Draws.gaussian(rnd)) * (won ? 0.8 : 1.0);
    long closed = Math.min(Outcomes.EXPORT_DAY - 1, created + Math.round(cycleDays));
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(dealId);
    cells.add(account.name() + " - " + Draws.pick(rnd, DEAL_KINDS));
    cells.add(account.name());
    cells.add(Spellings.website(account.domain(), rnd));
    cells.addAll(Firmographics.cells(account, rnd));
    cells.add(Spellings.technologies(account.technologies(), rnd));
    cells.add(Draws.weighted(rnd, CustomerTable.LEAD_SOURCES, CustomerTable.LEAD_SOURCE_WEIGHTS));
    cells.add(amount(account.employees(), rnd));
    cells.add(Figures.isoDate(created));
    cells.add(Figures.isoDate(closed));
    cells.add(won ? "Closed Won" : "Closed Lost");
    cells.add(Boolean.toString(won));
    return cells;
  }

  /** Writes a deal amount that grows with head count, as "12500", "12500.00" or "$12,500". */
  private static String amount(int employees, SplittableRandom rnd) {
    double raw = 3_000 * StrictMath.pow(employees / 50.0, 0.45);
    long dollars = 100 * Math.round(raw * StrictMath.exp(0.4 * Draws.gaussian(rnd)) / 100);
    dollars = Math.max(1_000, Math.min(500_000, dollars));
    switch (rnd.nextInt(4)) {
      case 0:
        return Long.toString(dollars);
      case 1:
        return dollars + ".00";
      case 2:
        return Figures.dollars(dollars);
      default:
        return Figures.grouped(dollars) + ".00";
    }
  }
}
