package org.icpengine.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpengine.core.stats.Figure;
import org.icpengine.model.document.IcpContents;
import org.junit.jupiter.api.Test;

class SegmentGroupsTest {
  private static final DisplayNames NAMES =
      DisplayNames.of(List.of("AnnualRevenue", "NumberOfEmployees", "Tech Stack"));

  private static IcpContents.Segment segment(String direction, String... conditions) {
    return new IcpContents.Segment(
        List.of(conditions), direction, new Figure(3, 2, 4, 0.001), 0.001, 100, 0.2);
  }

  @Test
  void groups_putSegmentsOnTheSameColumnsUnderOneHeading() {
    List<IcpContents.Segment> segments =
        List.of(
            segment(
                "positive",
                "AnnualRevenue ≤ 500M",
                "NumberOfEmployees > 200",
                "Tech Stack has Snowflake"),
            segment("positive", "NumberOfEmployees > 500", "Tech Stack has Snowflake"),
            segment(
                "positive",
                "AnnualRevenue > 50M",
                "NumberOfEmployees ≤ 1,000",
                "Tech Stack has Snowflake"),
            segment("negative", "NumberOfEmployees ≤ 200", "Tech Stack has Snowflake"));

    assertThat(SegmentGroups.groups(segments, NAMES).values())
        .extracting(List::size)
        .containsExactly(2, 1, 1);
  }

  @Test
  void write_headsAGroupWithItsColumnsAndWhatAllShare() {
    StringBuilder html = new StringBuilder();
    SegmentGroups.write(
        html,
        List.of(
            segment("positive", "NumberOfEmployees > 500", "Tech Stack has Snowflake"),
            segment("positive", "NumberOfEmployees in 201–500", "Tech Stack has Snowflake")),
        NAMES);

    assertThat(html.toString())
        .contains(
            "Ideal-rich: Number of Employees × Tech Stack — all with Tech Stack has Snowflake",
            "<td>Number of Employees &gt; 500</td>",
            "<td>Number of Employees in 201–500</td>");
  }
}
