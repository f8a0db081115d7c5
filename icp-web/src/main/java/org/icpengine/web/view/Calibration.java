package org.icpengine.web.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.model.document.IcpDocument;

/**
 * The fit score's calibration on held-out accounts, from icp.json's evaluation: for each group of
 * accounts by score, the ideal rate the score predicted and the rate observed. A calibrated score
 * lies on the diagonal.
 *
 * @param points the groups, lowest scores first
 */
public record Calibration(List<Point> points) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A group of held-out accounts.
   *
   * @param rows how many accounts
   * @param predicted the mean predicted ideal rate, 0 to 1
   * @param observed the observed ideal rate, 0 to 1
   */
  public record Point(long rows, double predicted, double observed) {
    /** Returns the predicted rate as a percentage with one decimal. */
    public String predictedPercent() {
      return String.format(Locale.ROOT, "%.1f %%", 100 * predicted);
    }

    /** Returns the observed rate as a percentage with one decimal. */
    public String observedPercent() {
      return String.format(Locale.ROOT, "%.1f %%", 100 * observed);
    }
  }

  /** Reads the document's calibration (empty when it has none). */
  public static Calibration of(String icp) {
    List<Point> points = new ArrayList<>();
    IcpDocument.stored(icp, "the version")
        .evaluation()
        .ifPresent(
            e ->
                e.fit()
                    .calibration()
                    .forEach(
                        b ->
                            points.add(
                                new Point(
                                    b.rows(),
                                    zeroIfUnknown(b.meanPredicted()),
                                    zeroIfUnknown(b.observedRate())))));
    return new Calibration(points);
  }

  private static double zeroIfUnknown(double rate) {
    return Double.isNaN(rate) ? 0 : rate;
  }

  /** Returns the points as JSON pairs [predicted, observed] in percent, for the chart. */
  public String series() {
    ArrayNode series = JSON.createArrayNode();
    for (Point p : points) {
      series
          .addArray()
          .add(Math.round(1000 * p.predicted()) / 10.0)
          .add(Math.round(1000 * p.observed()) / 10.0);
    }
    return series.toString();
  }
}
