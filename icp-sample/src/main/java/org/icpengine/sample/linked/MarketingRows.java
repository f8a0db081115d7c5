package org.icpengine.sample.linked;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.pick;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.icpengine.sample.linked.Story.SurveyResponse;
import org.icpengine.sample.linked.Story.Touch;

/**
 * Renders the marketing side: touches as a marketing-automation export (contact e-mail, or only the
 * company's domain for anonymous visits), and survey answers as a survey tool's export with the
 * questions as headers.
 */
final class MarketingRows {
  static final List<String> TOUCH_HEADER =
      List.of("Touch Date", "Channel", "Campaign", "Touch Type", "Email", "Company Domain");

  /** The survey's questions, as its headers. */
  static final String STYLE_QUESTION =
      "Which statement best describes how your company makes decisions?";

  static final String JOB_QUESTION = "What is the main job you hired Northwind Analytics to do?";
  static final String TOOLS_QUESTION =
      "Which tools does your team use today? (select all that apply)";
  static final List<String> SURVEY_HEADER =
      List.of(
          "Response ID",
          "Submitted At",
          "Respondent Email",
          STYLE_QUESTION,
          JOB_QUESTION,
          TOOLS_QUESTION);

  private static final Map<String, List<String>> KIND_SPELLINGS =
      Map.of(
          "visit", List.of("Visit", "Web Visit", "visit"),
          "ad click", List.of("Ad Click", "ad click", "Ad click"),
          "email", List.of("Email", "Email Click", "email"),
          "event", List.of("Event", "Event Attended", "event"));

  private MarketingRows() {}

  static List<String> touch(Company company, Touch touch, SplittableRandom rnd) {
    String domain = company.account().domain();
    String companyDomain;
    if (touch.email() == null) {
      companyDomain = chance(rnd, 0.2) ? "www." + domain : domain;
    } else {
      companyDomain = chance(rnd, 0.4) ? domain : "";
    }
    String channel = chance(rnd, 0.06) ? touch.channel().toLowerCase(Locale.ROOT) : touch.channel();
    return List.of(
        Formats.isoDateTime(touch.day(), rnd),
        channel,
        touch.campaign(),
        pick(rnd, KIND_SPELLINGS.get(touch.kind())),
        touch.email() == null ? "" : touch.email(),
        companyDomain);
  }

  static List<String> response(SurveyResponse response, SplittableRandom rnd) {
    return List.of(
        response.id(),
        Formats.usDateTime(response.day(), rnd),
        response.email(),
        chance(rnd, 0.05) ? "" : response.style(),
        chance(rnd, 0.05) ? "" : response.job(),
        String.join(";", response.tools()));
  }
}
