package org.icpengine.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A combination of traits.
 *
 * @param conditions its conditions, all of which hold
 * @param positive whether it marks ideal customers
 * @param lift its lift with interval
 * @param support accounts in it
 * @param idealCoverage share of ideal accounts in it
 */
public record SegmentView(
    List<String> conditions, boolean positive, Figure lift, long support, double idealCoverage) {
  /** Reads a segment of icp.json. */
  public static SegmentView of(JsonNode s) {
    List<String> conditions = new ArrayList<>();
    s.path("conditions").forEach(c -> conditions.add(c.asText()));
    return new SegmentView(
        conditions,
        s.path("direction").asText().equals("positive"),
        Figure.of(s.get("lift")),
        s.path("support").asLong(),
        s.path("ideal_coverage").asDouble());
  }

  /** Returns the conditions joined with "and". */
  public String text() {
    return String.join(" and ", conditions);
  }

  /** Returns the share of ideal accounts covered as "51 %". */
  public String coveragePercent() {
    return Figure.format(idealCoverage * 100, 0) + " %";
  }
}
