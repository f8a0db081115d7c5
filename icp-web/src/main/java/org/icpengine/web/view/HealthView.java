package org.icpengine.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.server.monitor.Decay;
import org.icpengine.server.monitor.DriftRecord;
import org.icpengine.server.monitor.Evidence;
import org.icpengine.server.monitor.Health;
import org.icpengine.server.monitor.Reevaluation;

/**
 * What the pages show of the published ICP's health: the review dates and the due banner, drift
 * alarms with their evidence, the newest check's performance, the re-evaluations.
 *
 * @param health the health
 * @param datasets dataset names by id
 * @param versions version numbers by id
 */
public record HealthView(Health health, Map<Long, String> datasets, Map<Long, Integer> versions) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Returns whether a version is published (without one, nothing is monitored). */
  public boolean published() {
    return health.published().isPresent();
  }

  /** Returns the date of the last review, e.g. "2026-06-05". */
  public String lastReview() {
    return date(health.lastReview());
  }

  /** Returns the date the next review is due. */
  public String nextReview() {
    return date(health.nextReview());
  }

  /** Returns whether the review is due. */
  public boolean due() {
    return health.due();
  }

  /** Returns the alarms, newest first. */
  public List<Alarm> alarms() {
    return health.alarms().stream().map(this::alarm).toList();
  }

  /** Returns the newest check's performance, or null before any check. */
  public Decay decay() {
    return health.decay().orElse(null);
  }

  /** Returns the re-evaluations, newest first. */
  public List<Review> reevaluations() {
    return health.reevaluations().stream().map(this::review).toList();
  }

  /** Says the setting: "every 6 months and on drift". */
  public String setting() {
    return "every "
        + health.settings().everyMonths()
        + " month(s)"
        + (health.settings().onDrift() ? " and on drift" : ", not on drift");
  }

  /**
   * One alarm.
   *
   * @param checkedAt when, in words
   * @param dataset the new dataset's name
   * @param reference the reference dataset's name
   * @param evidence the tests that alarmed
   */
  public record Alarm(String checkedAt, String dataset, String reference, List<Evidence> evidence) {
    /** Says the evidence: "industry (PSI 0.384, q < 0.0001); score deciles (…)". */
    public String words() {
      return String.join(
          "; ",
          evidence.stream()
              .map(e -> e.attribute() + " (PSI " + show(e.psi(), 3) + ", q " + p(e.qValue()) + ")")
              .toList());
    }
  }

  /**
   * One re-evaluation.
   *
   * @param requestedAt when it started, in words
   * @param reason why, in words
   * @param state its state
   * @param draft the draft's number, or null
   * @param published the number of the version it re-evaluates, or null
   * @param words the diff and what changed in words, or why it failed
   */
  public record Review(
      String requestedAt,
      String reason,
      String state,
      Integer draft,
      Integer published,
      String words) {}

  private Alarm alarm(DriftRecord r) {
    return new Alarm(
        time(r.checkedAt()),
        datasets.getOrDefault(r.datasetId(), "dataset " + r.datasetId()),
        datasets.getOrDefault(r.referenceDatasetId(), "dataset " + r.referenceDatasetId()),
        Evidence.of(r.report()));
  }

  private Review review(Reevaluation r) {
    String words = r.summary();
    if (!r.state().equals("failed")) {
      JsonNode summary = read(r.summary());
      words =
          r.deriving()
              ? "deriving"
              : "Diff: "
                  + summary.at("/diff/words").asText()
                  + ". What changed: "
                  + summary.at("/what_changed/words").asText();
    }
    return new Review(
        time(r.requestedAt()),
        r.reason().equals("due") ? "review due" : "drift alarm",
        r.state().replace('_', ' '),
        r.versionId() == null ? null : versions.get(r.versionId()),
        versions.get(r.publishedVersionId()),
        words);
  }

  /** Formats a number to the digits, or "–" when it is not known. */
  public static String show(double value, int digits) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + digits + "f", value) : "–";
  }

  /** Formats a p- or q-value: "< 0.0001" or two significant digits. */
  public static String p(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    return value < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.2g", value);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("a stored re-evaluation summary is not JSON", e);
    }
  }

  private static String date(Instant at) {
    return at == null ? "–" : at.toString().substring(0, 10);
  }

  private static String time(Instant at) {
    return at.toString().substring(0, 16).replace('T', ' ') + " UTC";
  }
}
