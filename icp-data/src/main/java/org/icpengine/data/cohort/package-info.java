/**
 * Customer economics by cohort: the ideal definition ({@link
 * org.icpengine.data.cohort.IdealDefinition}, evaluated by {@link
 * org.icpengine.data.cohort.Ideals}) and the per-cohort figures ({@link
 * org.icpengine.data.cohort.Cohorts}), computed by the engine and tested by {@link
 * org.icpengine.core.cohort.CohortEconomics}.
 */
package org.icpengine.data.cohort;
