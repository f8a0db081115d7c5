package org.icpengine.sample;

import java.util.Collection;
import java.util.List;

/**
 * The Ideal Customer Profile planted in the sample data: the truth that discovery, scoring and
 * cohort tests check against.
 *
 * <p>An account is a planted fit when all three traits hold: its industry is one of {@link
 * #INDUSTRIES}, its true head count lies in [{@link #MIN_EMPLOYEES}, {@link #MAX_EMPLOYEES}] and
 * its tech stack includes {@link #TECHNOLOGY}. Fits have much higher LTV and NRR, lower CAC and
 * much lower churn, and win about 45 % of deals; each trait alone helps moderately. Accounts in
 * {@link #DISQUALIFIED_INDUSTRY} churn far more, have low LTV and win about 5 % of deals.
 *
 * <p>Under {@link #IDEAL_DEFINITION}, the ideal rate among Fintech and among Healthtech customers
 * is at least 1.6 times the overall rate and among Education customers under half of it. The {@link
 * #NOISE_COLUMNS} carry no signal: they are dealt out evenly within the churned, retained and ideal
 * customers, so each level's lift stays within 0.8–1.25 at any sample size. The {@link
 * #LEAKY_COLUMNS} are written after the outcome and predict it only because of that.
 */
public final class PlantedIcp {
  /** The planted industries, canonical spelling. */
  public static final List<String> INDUSTRIES = List.of("Fintech", "Healthtech");

  /** The smallest planted head count, inclusive. */
  public static final int MIN_EMPLOYEES = 200;

  /** The largest planted head count, inclusive. */
  public static final int MAX_EMPLOYEES = 2000;

  /** The planted technology, canonical spelling. */
  public static final String TECHNOLOGY = "Snowflake";

  /** The industry that disqualifies an account, canonical spelling. */
  public static final String DISQUALIFIED_INDUSTRY = "Education";

  /** The customers.csv columns that carry no signal about any outcome. */
  public static final List<String> NOISE_COLUMNS =
      List.of("Lead Source", "Primary Use Case", "Biggest Challenge");

  /** The customers.csv columns written after the outcome, which leak it. */
  public static final List<String> LEAKY_COLUMNS =
      List.of("Last Activity", "Customer Health", "Web Visits (90d)");

  /** The customers.csv outcome columns, which an ideal definition reads. */
  public static final List<String> OUTCOME_COLUMNS = List.of("LTV", "NRR", "CAC", "Churned");

  /** The ideal definition the planted signal is tuned for. */
  public static final String IDEAL_DEFINITION =
      "not churned, LTV in the top quartile of non-churned customers' LTV, and LTV:CAC >= 3";

  private PlantedIcp() {}

  /**
   * Returns whether an account with these true, cleaned attributes has all three planted traits.
   *
   * @param industry canonical industry name
   * @param employees true head count
   * @param technologies canonical tech stack items
   */
  public static boolean isFit(String industry, int employees, Collection<String> technologies) {
    return INDUSTRIES.contains(industry)
        && employees >= MIN_EMPLOYEES
        && employees <= MAX_EMPLOYEES
        && technologies.contains(TECHNOLOGY);
  }
}
