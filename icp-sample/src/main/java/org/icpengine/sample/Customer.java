package org.icpengine.sample;

/**
 * One generated customer before messiness: the clean view behind a row of customers.csv.
 *
 * @param account firmographics and technographics
 * @param economics outcomes
 * @param lifecycle dates, behaviour and health
 * @param useCase the job to be done, a noise column
 * @param challenge the survey answer, a noise column; empty when not answered
 * @param leadSource the acquisition channel, a noise column
 */
record Customer(
    Account account,
    Economics economics,
    Lifecycle lifecycle,
    String useCase,
    String challenge,
    String leadSource) {}
