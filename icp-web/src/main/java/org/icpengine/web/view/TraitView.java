package org.icpengine.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A trait of the ICP with its evidence and economics.
 *
 * @param condition e.g. "Industry is Fintech"
 * @param attribute the column
 * @param category firmographic, technographic, psychographic, behavioural, …
 * @param positive whether it marks ideal customers (else it disqualifies or deprioritises)
 * @param lift how many times the average ideal rate, with its interval
 * @param support accounts with the trait
 * @param supportShare share of all accounts
 * @param idealCoverage share of ideal accounts with the trait
 * @param qValue the false-discovery-adjusted p-value
 * @param uses what the trait is for: targeting filter, qualification rule, …
 * @param ltv mean lifetime value inside
 * @param nrr net revenue retention inside
 * @param cac acquisition cost inside
 * @param ltvToCac LTV:CAC inside
 * @param churn churn rate inside
 * @param pinned whether the team pinned it
 */
public record TraitView(
    String condition,
    String attribute,
    String category,
    boolean positive,
    Figure lift,
    long support,
    double supportShare,
    double idealCoverage,
    double qValue,
    List<String> uses,
    Figure ltv,
    Figure nrr,
    Figure cac,
    Figure ltvToCac,
    Figure churn,
    boolean pinned) {
  /** Reads a trait of icp.json. */
  public static TraitView of(JsonNode t) {
    JsonNode e = t.path("economics");
    JsonNode ci = t.path("lift_ci");
    List<String> uses = new ArrayList<>();
    t.path("uses").forEach(u -> uses.add(u.asText()));
    return new TraitView(
        t.path("condition").asText(),
        t.path("attribute").asText(),
        t.path("category").asText("other"),
        t.path("direction").asText().equals("positive"),
        new Figure(
            t.path("lift").asDouble(Double.NaN),
            ci.path("low").asDouble(Double.NaN),
            ci.path("high").asDouble(Double.NaN)),
        t.path("support").asLong(),
        t.path("support_share").asDouble(),
        t.path("ideal_coverage").asDouble(),
        t.path("q_value").asDouble(Double.NaN),
        uses,
        Figure.of(e.get("ltv_mean")),
        Figure.of(e.get("nrr")),
        Figure.of(e.get("cac")),
        Figure.of(e.get("ltv_to_cac")),
        Figure.of(e.get("churn_rate")),
        t.path("pinned").asBoolean(false));
  }

  /** Returns the support share as "35 %". */
  public String supportPercent() {
    return Figure.format(supportShare * 100, 0) + " %";
  }

  /** Returns the share of ideal accounts covered as "71 %". */
  public String coveragePercent() {
    return Figure.format(idealCoverage * 100, 0) + " %";
  }

  /** Returns the q-value, "< 0.001" or "0.012". */
  public String q() {
    return Double.isNaN(qValue) ? "–" : qValue < 0.001 ? "< 0.001" : Figure.format(qValue, 3);
  }

  /** Returns an id usable in the page for this trait's comments. */
  public String anchor() {
    return "t-" + Integer.toHexString(condition.hashCode());
  }
}
