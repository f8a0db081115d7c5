package org.icpengine.core.evaluation;

import org.icpengine.core.stats.Interval;

/**
 * One point of a calibration chart: a group of rows with similar predicted probability.
 *
 * @param rows the rows in the bin
 * @param ideal the ideal rows in the bin
 * @param meanPredicted the mean predicted probability of the bin
 * @param observedRate the share of the bin's rows that are ideal
 * @param observedInterval the 95 % Wilson interval of the observed rate
 */
public record CalibrationBin(
    int rows, int ideal, double meanPredicted, double observedRate, Interval observedInterval) {}
