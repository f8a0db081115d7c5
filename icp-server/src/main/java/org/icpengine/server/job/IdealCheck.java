package org.icpengine.server.job;

/**
 * How many accounts of a dataset an ideal definition marks, for the ideal builder.
 *
 * @param expression the definition in the ideal language (generated from the outcomes when those
 *     were given), empty for the default
 * @param description the definition in words
 * @param idealRows the accounts it marks ideal
 * @param rows the dataset's accounts
 * @param problem what would stop a derive with it (none or every account qualifies), or empty
 */
public record IdealCheck(
    String expression, String description, long idealRows, long rows, String problem) {}
