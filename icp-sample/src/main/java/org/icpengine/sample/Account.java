package org.icpengine.sample;

import java.util.List;

/**
 * The true firmographics and technographics of one generated company, before any messiness.
 *
 * @param name display name, possibly with a comma, quotes or accents
 * @param domain bare website domain, like {@code "blueharbor.io"}
 * @param industry canonical industry, one of {@link Spellings#INDUSTRIES}
 * @param country canonical country, one of {@link Spellings#COUNTRIES}
 * @param employees true head count, at least 1
 * @param revenue true annual revenue in US dollars
 * @param technologies canonical tech stack items in display order
 */
public record Account(
    String name,
    String domain,
    String industry,
    String country,
    int employees,
    double revenue,
    List<String> technologies) {

  public Account {
    technologies = List.copyOf(technologies);
  }

  public boolean industryFit() {
    return PlantedIcp.INDUSTRIES.contains(industry);
  }

  public boolean sizeFit() {
    return employees >= PlantedIcp.MIN_EMPLOYEES && employees <= PlantedIcp.MAX_EMPLOYEES;
  }

  public boolean usesTechnology() {
    return technologies.contains(PlantedIcp.TECHNOLOGY);
  }

  public boolean disqualified() {
    return PlantedIcp.DISQUALIFIED_INDUSTRY.equals(industry);
  }

  /** Returns how many of the three planted traits the account has, 0 to 3. */
  public int traits() {
    return (industryFit() ? 1 : 0) + (sizeFit() ? 1 : 0) + (usesTechnology() ? 1 : 0);
  }

  /** Returns whether the account has all three planted traits. */
  public boolean plantedFit() {
    return traits() == 3;
  }
}
