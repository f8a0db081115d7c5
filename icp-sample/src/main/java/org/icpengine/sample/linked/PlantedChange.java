package org.icpengine.sample.linked;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.icpengine.sample.Account;

/**
 * A change planted in the later period of the linked export, for drift checks to find: a share of
 * the planted fits that became customers on or after {@code from} are recorded in {@code industry}
 * instead of their own, while their economics stay those of fits. The industry mix of recent
 * customers moves toward {@code industry}, and a trait appears: recent customers in {@code
 * industry} are ideal far more often than the rest, as the planted industries were before. Earlier
 * accounts and every other account's draws are untouched.
 *
 * @param from the first customer date (first won deal's close) the change applies to
 * @param industry the canonical industry the changed accounts are recorded in
 * @param share the chance that a later planted fit is changed, in (0, 1]
 */
public record PlantedChange(LocalDate from, String industry, double share) {

  public PlantedChange {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1] but was " + share);
    }
  }

  /** Returns the story with the change applied when it falls in the later period. */
  Story apply(Story story, long seed) {
    long firstWon =
        story.opportunities().stream()
            .filter(Story.Opportunity::won)
            .mapToLong(Story.Opportunity::closed)
            .min()
            .orElse(Long.MIN_VALUE);
    Company company = story.company();
    SplittableRandom rnd = new SplittableRandom(seed * 31 + company.index());
    if (!company.fit() || firstWon < from.toEpochDay() || rnd.nextDouble() >= share) {
      return story;
    }
    Account a = company.account();
    Account changed =
        new Account(
            a.name(),
            a.domain(),
            industry,
            a.country(),
            a.employees(),
            a.revenue(),
            a.technologies());
    return new Story(
        new Company(company.index(), company.id(), changed, company.job(), company.dataDriven()),
        story.opportunities(),
        story.segments(),
        story.contacts(),
        story.roles(),
        story.touches(),
        story.responses());
  }
}
