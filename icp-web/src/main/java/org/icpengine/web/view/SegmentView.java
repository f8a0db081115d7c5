package org.icpengine.web.view;

import java.util.List;
import org.icpengine.model.document.IcpContents;

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
  /** Returns a segment of icp.json as shown. */
  public static SegmentView of(IcpContents.Segment s) {
    return new SegmentView(
        s.conditions(),
        s.positive(),
        Figure.of(s.lift()),
        s.support(),
        Double.isNaN(s.idealCoverage()) ? 0 : s.idealCoverage());
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
