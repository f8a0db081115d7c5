package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html is self-contained and shows values from the data as text, never as markup. */
class ReportTest {
  private static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir static Path dir;
  private static String html;

  @BeforeAll
  static void derive() throws IOException {
    Path customers =
        SampleCompany.builder().seed(42).build().write(dir.resolve("sample")).customers();
    String text =
        Files.readString(customers, StandardCharsets.UTF_8)
            .replace(",Fintech,", "," + SCRIPT + ",");
    Path hostile = Files.writeString(dir.resolve("hostile.csv"), text, StandardCharsets.UTF_8);
    Cli.Result result = Cli.run(hostile, "derive", "--out", dir.resolve("out").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    html = Files.readString(dir.resolve("out/report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void report_escapesValuesFromTheData() {
    assertThat(html)
        .contains("Industry is &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain(SCRIPT)
        .doesNotContain("<script");
  }

  @Test
  void report_needsNoNetwork() {
    assertThat(html).doesNotContainPattern("(src|href)=\"?https?:").doesNotContain("@import");
  }

  @Test
  void report_hasTheSectionsAReaderNeeds() {
    assertThat(html)
        .contains(
            "<h1>Ideal Customer Profile</h1>",
            "Who counts as ideal",
            "<h2>Traits</h2>",
            "<h2>Segments</h2>",
            "<h2>Economics by",
            "Data quality",
            "<h2>Provenance</h2>",
            "<svg");
  }

  @Test
  void report_namesColumnsAsTheCrmShowsThemAndGivesTheUseLegendOnce() {
    assertThat(html).contains("Number of Employees").doesNotContain("<td>NumberOfEmployees");
    assertThat(html.split("targeting filter \\(marketing, ABM\\)", -1)).hasSize(2);
  }

  @Test
  void report_putsTheBusinessSummaryFirstAndTheSqlInTheAppendix() {
    int summary = html.indexOf("What each team does next");
    int appendix = html.indexOf("Appendix: definitions, data and method");
    int sql = html.indexOf("quantile_cont(");
    assertThat(summary).isPositive().isLessThan(html.indexOf("<h2>Traits</h2>"));
    assertThat(sql).isGreaterThan(appendix).isGreaterThan(summary);
    assertThat(html).contains("How much better they are in money", "Today's customers by tier");
  }
}
