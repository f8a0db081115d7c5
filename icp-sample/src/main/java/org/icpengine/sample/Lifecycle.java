package org.icpengine.sample;

/**
 * When a customer started, its behaviour and its health; all but the start leak the outcome.
 *
 * @param customerSince the first day as a customer, as an epoch day
 * @param lastActivity the last logged activity, as an epoch day, after the outcome
 * @param health Green, Yellow or Red
 * @param webVisits web visits in the 90 days before the export
 */
record Lifecycle(long customerSince, long lastActivity, String health, int webVisits) {}
