package org.icpengine.data.fit;

import java.util.List;
import java.util.Locale;

/**
 * The layouts {@code icp score} writes. CSV and the two CRM layouts keep every input column and add
 * the score columns under the names below; Parquet keeps the CSV layout with typed scores.
 */
public enum OutputFormat {
  /** Input columns plus {@code icp_score}, {@code icp_tier}, {@code icp_reasons}. */
  CSV(
      List.of("icp_score", "icp_tier", "icp_reasons", "icp_engagement_score"),
      List.of("icp_priority", "icp_priority_reasons", "icp_grade")),
  /** As CSV, in a Parquet file. */
  PARQUET(
      List.of("icp_score", "icp_tier", "icp_reasons", "icp_engagement_score"),
      List.of("icp_priority", "icp_priority_reasons", "icp_grade")),
  /**
   * HubSpot company import: the built-in property "Ideal Customer Profile Tier" (tier_1 … tier_3)
   * and custom properties for the score, tier, reasons and engagement score.
   */
  HUBSPOT(
      List.of("ICP Fit Score", "ICP Fit Tier", "ICP Fit Reasons", "ICP Engagement Score"),
      List.of("ICP Priority", "ICP Priority Reasons", "ICP Grade")),
  /** Salesforce Account import (Data Loader / Data Import Wizard): custom field API names. */
  SALESFORCE(
      List.of("ICP_Fit_Score__c", "ICP_Tier__c", "ICP_Fit_Reasons__c", "ICP_Engagement_Score__c"),
      List.of("ICP_Priority__c", "ICP_Priority_Reasons__c", "ICP_Grade__c"));

  /** HubSpot's built-in company property for the ICP tier. */
  public static final String HUBSPOT_TIER = "Ideal Customer Profile Tier";

  private final List<String> columns;
  private final List<String> priorityColumns;

  OutputFormat(List<String> columns, List<String> priorityColumns) {
    this.columns = columns;
    this.priorityColumns = priorityColumns;
  }

  /**
   * Returns the names of the priority, its reasons and the grade, written after the engagement
   * score when the model has a priority.
   */
  public List<String> priorityColumns() {
    return priorityColumns;
  }

  /** Returns the names of the score, tier, reasons and engagement columns. */
  public List<String> columns() {
    return columns;
  }

  /** Returns the format's name on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
