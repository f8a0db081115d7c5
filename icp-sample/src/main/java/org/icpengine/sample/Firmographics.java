package org.icpengine.sample;

import static org.icpengine.sample.Draws.chance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the firmographic fields shared by every export (industry, country, head count, revenue) in
 * the mixed formats CRM users type them in.
 */
public final class Firmographics {
  private static final Set<String> EURO_COUNTRIES =
      Set.of("Germany", "France", "Netherlands", "Spain");
  private static final double DOLLARS_PER_EURO = 1.08;

  private Firmographics() {}

  /** Returns industry, country, head count and annual revenue, each messy. */
  public static List<String> cells(Account account, SplittableRandom rnd) {
    return List.of(
        Spellings.industry(account.industry(), rnd),
        Spellings.country(account.country(), rnd),
        employees(account.employees(), rnd),
        revenue(account.revenue(), account.country(), rnd));
  }

  /**
   * Writes a head count as "907", "1,200", "907 employees", the band holding it ("201-500") or
   * "1.2k"; about 4 % are missing.
   */
  public static String employees(int employees, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < 0.04) {
      return chance(rnd, 0.8) ? "" : "N/A";
    }
    if (u < 0.46) {
      return Integer.toString(employees);
    }
    if (u < 0.60) {
      return Figures.grouped(employees);
    }
    if (u < 0.70) {
      return employees + " employees";
    }
    if (u < 0.88) {
      return Figures.band(employees);
    }
    return employees < 1000
        ? Integer.toString(employees)
        : Figures.tenths(employees / 1000.0) + "k";
  }

  /**
   * Writes annual revenue as "$12.5M", "12,500,000", "USD 3M", "€4.2m" (converted to euros),
   * "$1.1B" or "850k"; about 5 % are missing.
   */
  public static String revenue(double dollars, String country, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < 0.05) {
      return "";
    }
    if (u < 0.40) {
      return "$" + Figures.scaled(dollars);
    }
    if (u < 0.60) {
      return Figures.grouped(Math.round(dollars / 1000) * 1000);
    }
    if (u < 0.75) {
      return "USD " + Figures.scaled(dollars);
    }
    if (u < 0.88 && EURO_COUNTRIES.contains(country)) {
      return "€" + Figures.scaled(dollars / DOLLARS_PER_EURO).toLowerCase(Locale.ROOT);
    }
    return Figures.scaled(dollars).toLowerCase(Locale.ROOT);
  }
}
