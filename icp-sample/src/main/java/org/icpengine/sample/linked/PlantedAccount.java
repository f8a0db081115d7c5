package org.icpengine.sample.linked;

import java.util.List;

/**
 * The planted truth about one account of the linked export, for tests that check what an assembly
 * or a derivation finds against what the generator planted. The export itself never holds it.
 *
 * @param id the account's {@code Id} in accounts.csv
 * @param name its name as written in accounts.csv
 * @param domain its bare website domain
 * @param industry its canonical industry
 * @param employees its true head count
 * @param technologies its canonical tech stack
 * @param fit whether it has all three planted traits ({@link
 *     org.icpengine.sample.PlantedIcp#isFit})
 * @param lacksCrm whether its tech stack holds no CRM: the planted churn driver
 * @param job the job it hired the product for: {@link
 *     org.icpengine.sample.PlantedIcp#EXPANSION_JOB} drives expansion
 * @param dataDriven whether it decides by data (the psychographic trait behind the survey answer)
 * @param customer whether it ever had a running subscription
 * @param churned whether it had one and has none running in the export month
 */
public record PlantedAccount(
    String id,
    String name,
    String domain,
    String industry,
    int employees,
    List<String> technologies,
    boolean fit,
    boolean lacksCrm,
    String job,
    boolean dataDriven,
    boolean customer,
    boolean churned) {

  public PlantedAccount {
    technologies = List.copyOf(technologies);
  }

  static PlantedAccount of(Story story) {
    Company company = story.company();
    boolean customer = !story.segments().isEmpty();
    Story.Segment last = customer ? story.segments().get(story.segments().size() - 1) : null;
    return new PlantedAccount(
        company.id(),
        company.account().name(),
        company.account().domain(),
        company.account().industry(),
        company.account().employees(),
        company.account().technologies(),
        company.fit(),
        company.lacksCrm(),
        company.job(),
        company.dataDriven(),
        customer,
        customer && last.end() != null);
  }
}
