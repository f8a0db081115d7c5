package org.icpengine.cli.cohorts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.cohort.IdealDefinition;

/** Cohort economics as JSON, with stable snake_case keys (see docs/cli.md). */
public final class CohortJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CohortJson() {}

  /** Returns the report as a JSON object. */
  public static ObjectNode of(CohortReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.set("ideal", ideal(report.ideal()));
    ArrayNode by = root.putArray("by");
    report.by().forEach(by::add);
    ObjectNode outcomes = root.putObject("outcomes");
    report.outcomes().forEach((kind, column) -> outcomes.put(kind.key(), column));
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    root.set("total", figures(report.total()));
    ArrayNode cohorts = root.putArray("cohorts");
    report.cohorts().forEach(c -> cohorts.add(figures(c)));
    return root;
  }

  private static ObjectNode ideal(IdealDefinition ideal) {
    ObjectNode node = JSON.createObjectNode();
    node.put("expression", ideal.expression());
    node.put("description", ideal.description());
    node.put("default", ideal.isDefault());
    ArrayNode read = node.putArray("columns_read");
    ideal.columnsRead().forEach(read::add);
    node.put("ideal_rows", ideal.idealRows());
    node.put("rows", ideal.rows());
    node.put("ideal_rate", ideal.idealRate());
    return node;
  }

  private static ObjectNode figures(CohortFigures cohort) {
    ObjectNode node = JSON.createObjectNode();
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

  private static ObjectNode figure(Figure figure) {
    ObjectNode node = JSON.createObjectNode();
    number(node, "value", figure.value());
    number(node, "ci_low", figure.low());
    number(node, "ci_high", figure.high());
    number(node, "p_value", figure.pValue());
    return node;
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }
}
