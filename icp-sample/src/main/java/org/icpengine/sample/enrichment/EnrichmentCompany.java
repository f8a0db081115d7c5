package org.icpengine.sample.enrichment;

import java.util.List;

/**
 * A company an enrichment file may be about, as the CRM has it.
 *
 * @param id its key in the CRM
 * @param name its name as the CRM writes it
 * @param domain its bare website domain
 * @param country its country
 * @param technologies its tech stack
 */
public record EnrichmentCompany(
    String id, String name, String domain, String country, List<String> technologies) {
  public EnrichmentCompany {
    technologies = List.copyOf(technologies);
  }
}
