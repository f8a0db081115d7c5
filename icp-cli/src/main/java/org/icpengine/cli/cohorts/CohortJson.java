package org.icpengine.cli.cohorts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.json.IdealJson;
import org.icpengine.model.document.FigureJson;

/** Cohort economics as JSON, with stable snake_case keys (see docs/cli.md). */
public final class CohortJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CohortJson() {}

  /** Returns the report as a JSON object. */
  public static ObjectNode of(CohortReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.set("ideal", IdealJson.of(report.ideal()));
    ArrayNode by = root.putArray("by");
    report.by().forEach(by::add);
    ObjectNode outcomes = root.putObject("outcomes");
    report.outcomes().forEach((kind, column) -> outcomes.put(kind.key(), column));
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    root.set("total", FigureJson.figures(report.total()));
    ArrayNode cohorts = root.putArray("cohorts");
    report.cohorts().forEach(c -> cohorts.add(FigureJson.figures(c)));
    return root;
  }
}
