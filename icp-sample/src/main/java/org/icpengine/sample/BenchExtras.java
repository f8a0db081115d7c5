package org.icpengine.sample;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.gaussian;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The 11 columns a {@link BenchTable} adds to the customers.csv columns. Each categorical level
 * lists its canonical spelling first and its messy spellings after it.
 */
final class BenchExtras {
  static final List<String> HEADER =
      List.of(
          "Region",
          "Plan Tier",
          "Account Owner",
          "Funding Stage",
          "CRM",
          "MRR",
          "Seats",
          "Data Volume",
          "Avg Response Time",
          "Has SSO",
          "Renewal Date");

  /** Regions in the order of {@link Spellings#COUNTRIES}, so a country maps to one region. */
  private static final List<List<String>> REGIONS =
      List.of(
          List.of("North America", "NA", "N. America", "north america"),
          List.of("UK & Ireland", "UK&I", "uk & ireland"),
          List.of("DACH", "Dach", "D-A-CH"),
          List.of("France", "FRANCE", " France"),
          List.of("North America", "NA", "NORTH AMERICA"),
          List.of("Benelux", "BeNeLux", "benelux"),
          List.of("ANZ", "A.N.Z.", "anz"),
          List.of("India", "INDIA", "india "),
          List.of("LATAM", "Latam", "LatAm"),
          List.of("Iberia", "iberia", "IBERIA"));

  private static final List<List<String>> PLAN_TIERS =
      List.of(
          List.of("Starter", "starter", "STARTER"),
          List.of("Team", " Team", "team"),
          List.of("Growth", "GROWTH", "growth "),
          List.of("Business", "business"),
          List.of("Enterprise", "ENTERPRISE", "enterprise"),
          List.of("Enterprise Plus", "Enterprise+", "enterprise plus"));
  private static final List<List<String>> OWNERS =
      List.of(
          List.of("Maria Garcia", "Garcia, Maria", "maria garcia"),
          List.of("James O'Brien", "O'Brien, James", "James OBrien"),
          List.of("Zoë Schmidt", "Zoe Schmidt", "Schmidt, Zoë"),
          List.of("Wei Li", "Li, Wei", "WEI LI"),
          List.of("Priya Nair", "priya nair", "Nair, Priya"),
          List.of("Lucas Silva", "Lucas  Silva", "Silva, Lucas"),
          List.of("Emma Johnson", "E. Johnson", "emma johnson"),
          List.of("Noah Williams", "Williams, Noah"),
          List.of("Chloé Martin", "Chloe Martin", "Martin, Chloé"),
          List.of("Jonas Becker", "jonas becker"),
          List.of("Aisha Khan", "Khan, Aisha", "AISHA KHAN"),
          List.of("Tom Baker", "Tom  Baker", "Baker, Tom"));
  private static final List<List<String>> FUNDING_STAGES =
      List.of(
          List.of("Bootstrapped", "bootstrapped", "Self-funded"),
          List.of("Seed", "seed", "Pre-Seed/Seed"),
          List.of("Series A", "series a", "Series-A", "SERIES A"),
          List.of("Series B", "series b", "Series-B"),
          List.of("Series C", "Series-C", "SERIES C"),
          List.of("Series D+", "Series D", "Series E"),
          List.of("Private Equity", "PE-backed", "private equity"),
          List.of("Public", "public", "IPO"));
  private static final List<List<String>> CRMS =
      List.of(
          List.of("Salesforce", "salesforce.com", "SFDC", "SalesForce"),
          List.of("HubSpot", "Hubspot", "hubspot"),
          List.of("Microsoft Dynamics", "MS Dynamics", "Dynamics 365"),
          List.of("Pipedrive", "pipedrive", "PipeDrive"),
          List.of("Zoho", "Zoho CRM", "ZOHO"),
          List.of("None", "none", "n/a", "-"));

  private BenchExtras() {}

  /** Returns the 11 extra fields for {@code customer}, in {@link #HEADER} order. */
  static List<String> cells(Customer customer, SplittableRandom rnd) {
    Account account = customer.account();
    int region = Spellings.COUNTRIES.indexOf(account.country());
    return List.of(
        spelled(REGIONS.get(region), rnd),
        spelled(Draws.pick(rnd, PLAN_TIERS), rnd),
        spelled(Draws.pick(rnd, OWNERS), rnd),
        spelled(Draws.pick(rnd, FUNDING_STAGES), rnd),
        spelled(Draws.pick(rnd, CRMS), rnd),
        BenchFigures.mrr(customer.economics().ltv() / 24, rnd),
        BenchFigures.seats(account.employees(), rnd),
        BenchFigures.dataVolume(account.employees() * 2.5 * StrictMath.exp(gaussian(rnd)), rnd),
        BenchFigures.responseTime(4 * StrictMath.exp(0.7 * gaussian(rnd)), rnd),
        Spellings.yesNo(account.employees() > 500 ? chance(rnd, 0.7) : chance(rnd, 0.2), rnd),
        BenchFigures.renewal(customer.lifecycle().customerSince(), rnd));
  }

  /** Returns the canonical spelling 85 % of the time, a messy one 13 %, empty 2 %. */
  private static String spelled(List<String> spellings, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < 0.02) {
      return "";
    }
    if (u < 0.85 || spellings.size() == 1) {
      return spellings.get(0);
    }
    return spellings.get(1 + rnd.nextInt(spellings.size() - 1));
  }
}
