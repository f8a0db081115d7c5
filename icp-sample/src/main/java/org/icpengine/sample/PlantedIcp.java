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
 *
 * <p>The linked export ({@code org.icpengine.sample.linked}) plants the same fit through the
 * economics instead of outcome columns: fits win more often, sign larger first contracts after
 * shorter cycles, expand more and churn less at renewals; two further drivers act on every account,
 * whatever its fit: a tech stack without a CRM ({@link #CRM_TECHNOLOGIES}) multiplies churn, and
 * the job {@link #EXPANSION_JOB} multiplies expansion. The constants below state those rates.
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

  /**
   * The linked export's churn driver: accounts whose tech stack holds none of these CRMs churn
   * {@link #CHURN_MULTIPLIER_WITHOUT_CRM} times as often at each renewal, whatever their fit.
   */
  public static final List<String> CRM_TECHNOLOGIES = List.of("Salesforce", "HubSpot");

  /** How many times as likely an account without a CRM is to churn at a renewal. */
  public static final double CHURN_MULTIPLIER_WITHOUT_CRM = 2.5;

  /** How many times as likely an account in the disqualified industry is to churn at a renewal. */
  public static final double CHURN_MULTIPLIER_DISQUALIFIED = 1.8;

  /** The chance that a planted fit churns at a renewal, before the drivers' multipliers. */
  public static final double RENEWAL_CHURN_FIT = 0.05;

  /** The chance that any other account churns at a renewal, before the drivers' multipliers. */
  public static final double RENEWAL_CHURN_OTHER = 0.25;

  /**
   * The linked export's expansion driver: accounts that hired the product for this job (the
   * survey's job-to-be-done question) expand {@link #EXPANSION_MULTIPLIER_FOR_JOB} times as often.
   */
  public static final String EXPANSION_JOB = "Revenue forecasting";

  /** How many times as often an account with {@link #EXPANSION_JOB} expands. */
  public static final double EXPANSION_MULTIPLIER_FOR_JOB = 2.5;

  /** The monthly chance that a planted fit expands, before the job's multiplier. */
  public static final double MONTHLY_EXPANSION_FIT = 0.05;

  /** The monthly chance that any other account expands, before the job's multiplier. */
  public static final double MONTHLY_EXPANSION_OTHER = 0.015;

  /** How many times as large a planted fit's first contract is, other things equal. */
  public static final double DEAL_SIZE_MULTIPLIER_FIT = 1.8;

  /** How many times as long a planted fit's sales cycle is (shorter: below 1). */
  public static final double SALES_CYCLE_MULTIPLIER_FIT = 0.5;

  /** The chance that a planted fit's new-business opportunity is won. */
  public static final double WIN_RATE_FIT = 0.55;

  /**
   * The buying committee of won new-business deals with planted fits: this share of them includes a
   * finance contact, against {@link #FINANCE_ON_OTHER_WON_DEALS} of other won deals.
   */
  public static final double FINANCE_ON_FIT_WON_DEALS = 0.8;

  /** The share of other won new-business deals whose committee includes a finance contact. */
  public static final double FINANCE_ON_OTHER_WON_DEALS = 0.35;

  /**
   * The share of won new-business deals with planted fits whose committee includes a VP or C-level.
   */
  public static final double VP_ON_FIT_WON_DEALS = 0.85;

  /** The share of other won new-business deals whose committee includes a VP or C-level. */
  public static final double VP_ON_OTHER_WON_DEALS = 0.4;

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

  /** Returns whether a tech stack holds none of {@link #CRM_TECHNOLOGIES}: the churn driver. */
  public static boolean lacksCrm(Collection<String> technologies) {
    return CRM_TECHNOLOGIES.stream().noneMatch(technologies::contains);
  }
}
