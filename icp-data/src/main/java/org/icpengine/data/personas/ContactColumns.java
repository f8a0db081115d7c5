package org.icpengine.data.personas;

import java.util.List;
import org.icpengine.data.fit.OutputFormat;

/**
 * The columns of a scored contacts file in each of {@code icp score}'s layouts: the contact's
 * identity, its title's function and seniority, its account's tier, the contact fit with its
 * reasons and the account's buying-committee gaps. CSV and Parquet use plain names; HubSpot the
 * contact import's {@code Record ID}, {@code Email}, {@code Job Title} and custom contact
 * properties; Salesforce the Contact object's {@code Id}, {@code AccountId}, {@code Email}, {@code
 * Title} and custom field API names.
 */
public final class ContactColumns {
  private static final List<String> PLAIN =
      List.of(
          "contact_id",
          "account_key",
          "email",
          "title",
          TitleFile.FUNCTION_COLUMN,
          TitleFile.SENIORITY_COLUMN,
          "icp_account_tier",
          "contact_fit",
          "contact_fit_reasons",
          "committee_gaps");
  private static final List<String> HUBSPOT =
      List.of(
          "Record ID",
          "ICP Account Key",
          "Email",
          "Job Title",
          "ICP Contact Function",
          "ICP Contact Seniority",
          "ICP Account Tier",
          "ICP Contact Fit",
          "ICP Contact Fit Reasons",
          "ICP Buying Committee Gaps");
  private static final List<String> SALESFORCE =
      List.of(
          "Id",
          "AccountId",
          "Email",
          "Title",
          "ICP_Contact_Function__c",
          "ICP_Contact_Seniority__c",
          "ICP_Account_Tier__c",
          "ICP_Contact_Fit__c",
          "ICP_Contact_Fit_Reasons__c",
          "ICP_Committee_Gaps__c");

  private ContactColumns() {}

  /**
   * Returns the ten column names of a layout, in the order: contact id, account key, e-mail, title,
   * function, seniority, account tier, contact fit, its reasons, committee gaps.
   */
  public static List<String> of(OutputFormat format) {
    return switch (format) {
      case CSV, PARQUET -> PLAIN;
      case HUBSPOT -> HUBSPOT;
      case SALESFORCE -> SALESFORCE;
    };
  }
}
