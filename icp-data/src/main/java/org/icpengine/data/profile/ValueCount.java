package org.icpengine.data.profile;

/**
 * A value and the number of rows holding it.
 *
 * @param value the cleaned value as text
 * @param count the number of rows
 */
public record ValueCount(String value, long count) {}
