package org.icpengine.web.view;

import java.util.List;
import org.icpengine.model.document.IcpContents;

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
  /** Returns a trait of icp.json as shown. */
  public static TraitView of(IcpContents.Trait t) {
    return new TraitView(
        t.condition(),
        t.attribute(),
        t.category(),
        t.positive(),
        Figure.of(t.lift()),
        t.support(),
        Double.isNaN(t.supportShare()) ? 0 : t.supportShare(),
        Double.isNaN(t.idealCoverage()) ? 0 : t.idealCoverage(),
        t.qValue(),
        t.uses(),
        Figure.of(t.economics().ltvMean()),
        Figure.of(t.economics().nrr()),
        Figure.of(t.economics().cac()),
        Figure.of(t.economics().ltvToCac()),
        Figure.of(t.economics().churnRate()),
        t.pinned());
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
