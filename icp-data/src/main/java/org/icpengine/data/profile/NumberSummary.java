package org.icpengine.data.profile;

/**
 * The spread of a numeric column's cleaned values.
 *
 * @param min the smallest value
 * @param median the approximate median
 * @param max the largest value
 * @param mean the mean
 */
public record NumberSummary(double min, double median, double max, double mean) {}
