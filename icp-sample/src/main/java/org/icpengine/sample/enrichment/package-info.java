/**
 * A seeded enrichment file (a technographic vendor's export) about a list of companies, written the
 * way another system names them, with the truth of which company each row is about: for testing and
 * benchmarking entity resolution.
 *
 * <p>Start from {@link org.icpengine.sample.enrichment.EnrichmentSample}; the companies come from
 * the linked sample ({@code LinkedSample.enrichmentCompanies()}) or from {@link
 * org.icpengine.sample.enrichment.SyntheticCompanies} for large benchmarks.
 */
package org.icpengine.sample.enrichment;
