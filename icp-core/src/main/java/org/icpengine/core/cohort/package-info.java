/**
 * Cohort economics: how a cohort of accounts (for example "industry = fintech") compares with the
 * rest on ideal-customer rate, lift, LTV, NRR, CAC, LTV:CAC, churn and win rate, each figure with a
 * 95 % confidence interval and a p-value against the rest. Start from {@link
 * org.icpengine.core.cohort.CohortEconomics}, which turns the {@link
 * org.icpengine.core.cohort.CohortAggregates} that the data layer computes with SQL into {@link
 * org.icpengine.core.cohort.CohortFigures}.
 */
package org.icpengine.core.cohort;
