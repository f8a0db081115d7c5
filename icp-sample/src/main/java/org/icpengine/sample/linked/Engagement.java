package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.icpengine.sample.Draws;
import org.icpengine.sample.linked.Story.Contact;
import org.icpengine.sample.linked.Story.Opportunity;
import org.icpengine.sample.linked.Story.Segment;
import org.icpengine.sample.linked.Story.SurveyResponse;
import org.icpengine.sample.linked.Story.Touch;

/**
 * Draws an account's marketing touches and its contacts' survey answers. The first touch comes from
 * the channel that brought the lead, shortly before its first opportunity; the survey's
 * decision-style answer leans on whether the account is data-driven, and its job-to-be-done answer
 * is mostly the account's own job.
 */
final class Engagement {
  /** The jobs customers hire the product for, and how common each is. */
  static final List<String> JOBS =
      List.of(
          "Reporting automation",
          "Revenue forecasting",
          "Churn reduction",
          "Lead routing",
          "Compliance audit");

  static final double[] JOB_WEIGHTS = {30, 25, 20, 15, 10};

  /** The decision-style answers, from most to least data-driven. */
  static final List<String> STYLES =
      List.of("We run on data", "Mostly data, some gut feel", "Mostly experience and intuition");

  private static final double[] DATA_DRIVEN_STYLE = {70, 25, 5};
  private static final double[] OTHER_STYLE = {20, 40, 40};
  private static final List<String> SURVEYED_TOOLS =
      List.of("Salesforce", "HubSpot", "Snowflake", "Looker", "Tableau");
  private static final Map<String, String> KINDS =
      Map.of(
          "Paid Search", "ad click",
          "Paid Social", "ad click",
          "Email", "email",
          "Events", "event",
          "Organic Search", "visit",
          "Referral", "visit",
          "Partner", "visit");
  private static final Map<String, String> THEMES =
      Map.of(
          "Paid Search", "Forecasting Keywords",
          "Paid Social", "LinkedIn Retargeting",
          "Email", "Nurture",
          "Events", "Data Leaders Summit",
          "Partner", "Partner Co-marketing");

  private Engagement() {}

  /** Draws the account's touches: two to eight, three more for customers. */
  static List<Touch> touches(
      List<Opportunity> opportunities,
      List<Contact> contacts,
      boolean customer,
      String leadSource,
      SplittableRandom rnd) {
    long anchor =
        opportunities.isEmpty()
            ? Deals.FIRST_CREATED + rnd.nextLong(Deals.LAST_CREATED - Deals.FIRST_CREATED)
            : opportunities.get(0).created();
    long first = anchor - 5 - rnd.nextInt(80);
    int count = 2 + rnd.nextInt(7) + (customer ? 3 : 0);
    List<Touch> touches = new ArrayList<>(count);
    touches.add(touch(first, leadSource, contacts, rnd));
    for (int i = 1; i < count; i++) {
      long day = first + rnd.nextLong(Math.max(1, Deals.EXPORT_DAY - first));
      touches.add(touch(day, Deals.channel(rnd), contacts, rnd));
    }
    return touches;
  }

  private static Touch touch(
      long day, String channel, List<Contact> contacts, SplittableRandom rnd) {
    String theme = THEMES.get(channel);
    String campaign = theme == null ? "" : quarter(day) + " " + theme;
    String email = contacts.isEmpty() || !chance(rnd, 0.65) ? null : pick(rnd, contacts).email();
    return new Touch(day, channel, campaign, KINDS.get(channel), email);
  }

  private static String quarter(long day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  /** Draws the survey answers of a customer's contacts; about 30 % of them answer. */
  static List<SurveyResponse> survey(
      Company company, List<Contact> contacts, List<Segment> segments, SplittableRandom rnd) {
    List<SurveyResponse> responses = new ArrayList<>();
    if (segments.isEmpty()) {
      return responses;
    }
    long from = segments.get(0).start().atDay(1).toEpochDay() + 30;
    for (Contact contact : contacts) {
      if (!chance(rnd, 0.3) || from >= Deals.EXPORT_DAY) {
        continue;
      }
      long day = from + rnd.nextLong(Deals.EXPORT_DAY - from);
      double[] styles = company.dataDriven() ? DATA_DRIVEN_STYLE : OTHER_STYLE;
      String style = Draws.weighted(rnd, STYLES, styles);
      String job = chance(rnd, 0.8) ? company.job() : Draws.weighted(rnd, JOBS, JOB_WEIGHTS);
      String id = Keys.response(company.index(), responses.size());
      responses.add(new SurveyResponse(id, day, contact.email(), style, job, tools(company, rnd)));
    }
    return responses;
  }

  /** The multi-choice tools answer: spreadsheets and most of the account's surveyed tools. */
  private static List<String> tools(Company company, SplittableRandom rnd) {
    List<String> tools = new ArrayList<>();
    if (chance(rnd, 0.8)) {
      tools.add("Excel");
    }
    if (chance(rnd, 0.4)) {
      tools.add("Google Sheets");
    }
    for (String tool : company.account().technologies()) {
      if (SURVEYED_TOOLS.contains(tool) && chance(rnd, 0.85)) {
        tools.add(tool);
      }
    }
    if (chance(rnd, 0.15)) {
      tools.add("Power BI");
    }
    return tools;
  }
}
