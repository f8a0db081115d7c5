/**
 * Enrichment: outside data about companies (tech stacks, firmographics, partner lists) in files of
 * kind {@code enrichment}, matched to the accounts by {@code data.matching} and merged into the
 * account table with a stated precedence (the CRM wins unless empty, by default), conflicts
 * counted, coverage reported per source and attribute, review-band pairs decided by a person once
 * and remembered in {@code match-decisions.yaml} next to {@code sources.yaml}.
 *
 * <p>Start from {@link org.icpengine.data.enrichment.Enrichment} (apply the sources' enrichment
 * files to an assembled account table) and {@link org.icpengine.data.enrichment.ReviewDecisions}
 * (the decisions file).
 */
package org.icpengine.data.enrichment;
