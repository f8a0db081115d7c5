package org.icpengine.sample;

/**
 * The outcomes of one customer, as written to customers.csv.
 *
 * @param ltv lifetime value in US dollars, rounded to cents
 * @param cac customer acquisition cost in whole US dollars, 2,000 to 20,000
 * @param nrr net revenue retention in percent
 * @param churned whether the customer has left
 */
record Economics(double ltv, long cac, int nrr, boolean churned) {

  /** Returns LTV:CAC, a ratio. */
  double ltvToCac() {
    return ltv / cac;
  }
}
