package org.icpengine.sample;

import static org.icpengine.sample.Draws.chance;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws companies: a chosen share are planted fits, the rest follow the market mix, which holds
 * further fits by chance (about 2 %).
 */
public final class Accounts {
  public static final List<String> TECHNOLOGIES =
      List.of(
          "Snowflake",
          "Salesforce",
          "HubSpot",
          "AWS",
          "Azure",
          "GCP",
          "Segment",
          "Looker",
          "Tableau",
          "Slack",
          "Zendesk",
          "Shopify",
          "SAP",
          "dbt");
  private static final double[] INDUSTRY_WEIGHTS = {13, 12, 11, 10, 9, 8, 9, 8, 10, 10};
  private static final double[] COUNTRY_WEIGHTS = {40, 12, 9, 6, 7, 5, 5, 6, 4, 6};
  private static final double TECHNOLOGY_SHARE = 0.3;
  private static final double REVENUE_PER_EMPLOYEE = 150_000;

  private Accounts() {}

  /** Draws one company; with probability {@code fitShare} it has all three planted traits. */
  public static Account draw(SplittableRandom rnd, double fitShare) {
    boolean fit = chance(rnd, fitShare);
    String industry =
        fit
            ? Draws.pick(rnd, PlantedIcp.INDUSTRIES)
            : Draws.weighted(rnd, Spellings.INDUSTRIES, INDUSTRY_WEIGHTS);
    int employees =
        fit
            ? Draws.logUniform(rnd, PlantedIcp.MIN_EMPLOYEES, PlantedIcp.MAX_EMPLOYEES)
            : Draws.logUniform(rnd, 2, 20_000);
    List<String> technologies = technologies(rnd, fit || chance(rnd, TECHNOLOGY_SHARE));
    String country = Draws.weighted(rnd, Spellings.COUNTRIES, COUNTRY_WEIGHTS);
    CompanyNames.Name name = CompanyNames.draw(country, rnd);
    double revenue = employees * REVENUE_PER_EMPLOYEE * StrictMath.exp(0.35 * Draws.gaussian(rnd));
    return new Account(
        name.display(), name.domain(), industry, country, employees, revenue, technologies);
  }

  /** Draws 1 to 5 distinct items in random order, including the planted one when asked. */
  private static List<String> technologies(SplittableRandom rnd, boolean planted) {
    int total = 1 + rnd.nextInt(5);
    List<String> pool = new ArrayList<>(TECHNOLOGIES);
    pool.remove(PlantedIcp.TECHNOLOGY);
    int others = planted ? total - 1 : total;
    List<String> items = new ArrayList<>(total);
    for (int i = 0; i < others; i++) {
      items.add(pool.remove(rnd.nextInt(pool.size())));
    }
    if (planted) {
      items.add(rnd.nextInt(items.size() + 1), PlantedIcp.TECHNOLOGY);
    }
    return items;
  }
}
