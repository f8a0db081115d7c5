package org.icpengine.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.core.evaluation.CalibrationBin;
import org.icpengine.core.stats.Interval;
import org.junit.jupiter.api.Test;

class ReportCalibrationChartTest {
  private static final Pattern POINT =
      Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" r=\"4.5\" class=\"point\">");

  @Test
  void pointsSitOnTheDiagonalWhenObservedEqualsPredicted() {
    String svg =
        Charts.calibration(
            List.of(
                new CalibrationBin(100, 10, 0.1, 0.1, new Interval(0.05, 0.17)),
                new CalibrationBin(100, 30, 0.3, 0.3, new Interval(0.22, 0.4))));
    Matcher m = POINT.matcher(svg);
    int points = 0;
    while (m.find()) {
      points++;
      double x = Double.parseDouble(m.group(1));
      double y = Double.parseDouble(m.group(2));
      // the plot is a square from (70, 14) to (390, 334) on one scale for both axes
      assertThat((x - 70) + (y - 334)).isCloseTo(0, org.assertj.core.data.Offset.offset(0.2));
    }
    assertThat(points).isEqualTo(2);
    assertThat(svg).contains("40 %").doesNotContain("50 %").contains("class=\"ref\"");
  }

  @Test
  void binsWithoutARateAreLeftOutAndTooltipsAreEscaped() {
    String svg =
        Charts.calibration(
            List.of(
                new CalibrationBin(0, 0, Double.NaN, Double.NaN, Interval.missing()),
                new CalibrationBin(1200, 600, 0.5, 0.5, Interval.missing())));
    assertThat(svg).containsOnlyOnce("class=\"point\"").contains("1,200 accounts");
    assertThat(svg).doesNotContain("NaN").contains("50 %").doesNotContain("60 %");
  }
}
