package org.icpengine.model.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.stats.Figure;

/**
 * Figures as JSON: every estimate is {@code {"value", "ci_low", "ci_high", "p_value"}}, with null
 * where a part does not apply; a cohort's figures use snake_case keys.
 */
public final class FigureJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FigureJson() {}

  /** Returns an empty object node. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Returns a figure as JSON. */
  public static ObjectNode figure(Figure figure) {
    ObjectNode node = object();
    number(node, "value", figure.value());
    number(node, "ci_low", figure.low());
    number(node, "ci_high", figure.high());
    number(node, "p_value", figure.pValue());
    return node;
  }

  /** Returns a cohort's figures as JSON, its label as {@code value}. */
  public static ObjectNode figures(CohortFigures cohort) {
    ObjectNode node = object();
    node.put("value", cohort.label());
    node.put("accounts", cohort.accounts());
    node.set("share", figure(cohort.share()));
    node.set("ideal_rate", figure(cohort.idealRate()));
    node.set("lift", figure(cohort.lift()));
    node.set("ltv_mean", figure(cohort.ltvMean()));
    node.set("ltv_median", figure(cohort.ltvMedian()));
    node.set("nrr", figure(cohort.nrr()));
    node.set("cac", figure(cohort.cac()));
    node.set("ltv_to_cac", figure(cohort.ltvToCac()));
    node.set("churn_rate", figure(cohort.churnRate()));
    node.set("win_rate", figure(cohort.winRate()));
    return node;
  }

  /** Puts a number, or null when it is NaN or infinite. */
  public static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
