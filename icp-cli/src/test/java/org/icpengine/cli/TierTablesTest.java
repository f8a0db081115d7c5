package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's tier table and {@code icp evaluate}'s are one computation on the same input. */
class TierTablesTest {
  private static final Pattern ROW =
      Pattern.compile(
          "<tr class=\"tier\"><td><b>([ABCD])</b></td><td>[^<]*</td><td>([\\d,]+)</td><td>[^<]*"
              + "</td><td>([\\d,]+)</td>");

  @TempDir Path dir;

  @Test
  void reportAndEvaluate_showTheSameTiers() throws IOException {
    Path customers =
        SampleCompany.builder().seed(42).build().write(dir.resolve("sample")).customers();
    Cli.Result derive =
        Cli.run(customers, "derive", "--out", dir.resolve("out").toString(), "--seed", "42");
    assertThat(derive.exitCode()).as(derive.err()).isZero();
    Cli.Result evaluate = Cli.run(customers, "evaluate", "--json", "--seed", "42");
    assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();

    List<String> fromEvaluate = new ArrayList<>();
    JsonNode json = new ObjectMapper().readTree(evaluate.out());
    for (JsonNode tier : json.path("fit_score").path("tiers")) {
      fromEvaluate.add(
          String.format(
              Locale.ROOT,
              "%s %d %d",
              tier.path("tier").asText(),
              tier.path("rows").asLong(),
              tier.path("ideal").asLong()));
    }
    String html = Files.readString(dir.resolve("out/report.html"), StandardCharsets.UTF_8);
    List<String> fromReport = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      fromReport.add(
          row.group(1) + " " + row.group(2).replace(",", "") + " " + row.group(3).replace(",", ""));
    }
    assertThat(fromEvaluate).hasSize(4);
    assertThat(fromReport).containsExactlyElementsOf(fromEvaluate);
  }
}
