package org.icpengine.sample.linked;

import java.nio.file.Path;
import java.util.List;

/**
 * The eight files written by {@link LinkedSample#write(Path)}, all in one folder.
 *
 * @param accounts Salesforce Account export, one row per account: {@code accounts.csv}
 * @param opportunities Salesforce Opportunity export: {@code opportunities.csv}
 * @param subscriptions billing export, one row per stretch of constant MRR: {@code
 *     subscriptions.csv}
 * @param contacts Salesforce Contact export: {@code contacts.csv}
 * @param contactRoles Salesforce OpportunityContactRole export: {@code
 *     opportunity_contact_roles.csv}
 * @param touches marketing-automation touches: {@code touches.csv}
 * @param spend monthly marketing spend per paid channel: {@code marketing_spend.csv}
 * @param survey survey tool answers: {@code survey_responses.csv}
 */
public record LinkedSampleFiles(
    Path accounts,
    Path opportunities,
    Path subscriptions,
    Path contacts,
    Path contactRoles,
    Path touches,
    Path spend,
    Path survey) {

  /** Returns the files of the export in {@code dir}, by their fixed names. */
  public static LinkedSampleFiles in(Path dir) {
    return new LinkedSampleFiles(
        dir.resolve("accounts.csv"),
        dir.resolve("opportunities.csv"),
        dir.resolve("subscriptions.csv"),
        dir.resolve("contacts.csv"),
        dir.resolve("opportunity_contact_roles.csv"),
        dir.resolve("touches.csv"),
        dir.resolve("marketing_spend.csv"),
        dir.resolve("survey_responses.csv"));
  }

  /** Returns every file, in the order above. */
  public List<Path> all() {
    return List.of(
        accounts, opportunities, subscriptions, contacts, contactRoles, touches, spend, survey);
  }
}
