package org.icpengine.sample.enrichment;

/**
 * One row of the enrichment file and its truth.
 *
 * @param company the company's name as the vendor writes it
 * @param website the web address, empty for most rows
 * @param country the country, empty for some rows
 * @param techStack the technologies, separated by semicolons
 * @param truth the id of the company the row is about; null when it is about none of them
 * @param variant how the name was written, e.g. "typo", "legal form", "near duplicate"
 */
public record EnrichmentRow(
    String company,
    String website,
    String country,
    String techStack,
    String truth,
    String variant) {}
