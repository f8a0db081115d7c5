package org.icpengine.sample.linked;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything the sample company's systems recorded about one account, clean, before it is written
 * messily to the export's files. Days are epoch days.
 *
 * @param company the account and its planted latent traits
 * @param opportunities its deals in the order they were created
 * @param segments its subscription history, each segment starting after the previous one ends
 * @param contacts its people
 * @param roles the contacts' roles on its opportunities
 * @param touches its marketing touches
 * @param responses its contacts' survey answers
 */
record Story(
    Company company,
    List<Opportunity> opportunities,
    List<Segment> segments,
    List<Contact> contacts,
    List<ContactRole> roles,
    List<Touch> touches,
    List<SurveyResponse> responses) {

  /** The kinds of opportunity the export's Type column distinguishes. */
  enum DealType {
    NEW,
    EXPANSION,
    RENEWAL
  }

  /**
   * One deal; {@code stage} is a Salesforce stage name, {@code amount} whole dollars of annual
   * contract value (the increase, for an expansion).
   */
  record Opportunity(
      String id,
      DealType type,
      String name,
      String stage,
      long created,
      long closed,
      long amount,
      String leadSource) {

    boolean won() {
      return "Closed Won".equals(stage);
    }

    boolean closedStage() {
      return stage.startsWith("Closed");
    }
  }

  /**
   * A stretch of constant MRR from the first day of {@code start} to the last day of {@code end}
   * (null while still running); {@code change} names the movement that opened it.
   */
  record Segment(YearMonth start, YearMonth end, long mrr, Movement change) {}

  /** The MRR movement that opened a segment; churn is a segment's end without a successor. */
  enum Movement {
    NEW("New"),
    EXPANSION("Expansion"),
    CONTRACTION("Contraction"),
    REACTIVATION("Reactivation");

    private final String label;

    Movement(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** A person at the account. */
  record Contact(
      String id,
      String firstName,
      String lastName,
      String email,
      JobFunction function,
      Seniority seniority) {}

  /** A contact's role on an opportunity. */
  record ContactRole(
      String id, String opportunityId, String contactId, String role, boolean primary) {}

  /** A marketing touch by a contact (e-mail known) or by the account only (email null). */
  record Touch(long day, String channel, String campaign, String kind, String email) {}

  /** One survey submission. */
  record SurveyResponse(
      String id, long day, String email, String style, String job, List<String> tools) {}
}
