package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.sample.SampleCompany;
import org.icpengine.sample.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page one counts a prospects file per tier ({@code icp derive --prospects}) as {@code icp score}
 * scores it: the report's counts equal the tiers of the file {@code icp score} writes, counted here
 * by reading that file.
 */
class ProspectTiersTest {
  private static final Pattern ROW =
      Pattern.compile("<tr><td><b>([ABCD])</b></td>(?:(?!</tr>).)*?<td data-prospects>([\\d,]+) ");

  @TempDir Path dir;

  @Test
  void derive_countsTheProspectsPerTierAsIcpScoreScoresThem() throws IOException {
    SampleFiles files =
        SampleCompany.builder().seed(7).customers(2000).prospects(400).build().write(dir);
    Path out = dir.resolve("out");
    Cli.Result derive =
        Cli.run(
            files.customers(),
            "derive",
            "--out",
            out.toString(),
            "--prospects",
            files.prospects().toString());
    assertThat(derive.exitCode()).as(derive.err()).isZero();
    Path scored = dir.resolve("scored.csv");
    Cli.Result score =
        Cli.run(
            files.prospects(),
            "score",
            "--icp",
            out.resolve("icp.json").toString(),
            "--out",
            scored.toString());
    assertThat(score.exitCode()).as(score.err()).isZero();

    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    Map<String, Long> fromReport = new LinkedHashMap<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      fromReport.put(row.group(1), Long.parseLong(row.group(2).replace(",", "")));
    }
    Map<String, Long> fromScore = tiers(scored);
    assertThat(fromReport.keySet()).containsExactly("A", "B", "C", "D");
    assertThat(fromReport.values().stream().mapToLong(Long::longValue).sum())
        .isGreaterThan(300)
        .isLessThanOrEqualTo(400);
    for (String tier : fromReport.keySet()) {
      assertThat(fromReport.get(tier)).as(tier).isEqualTo(fromScore.getOrDefault(tier, 0L));
    }
    assertThat(html)
        .contains("customers and prospects by tier", "accounts of prospects.csv scored");
  }

  @Test
  void derive_refusesAProspectsFileThatIsNotThere() throws IOException {
    Cli.Result derive =
        Cli.run(
            SampleCompany.builder().seed(7).customers(300).build().write(dir).customers(),
            "derive",
            "--out",
            dir.resolve("out").toString(),
            "--prospects",
            dir.resolve("missing.csv").toString());

    assertThat(derive.exitCode()).isEqualTo(2);
    assertThat(derive.err()).contains("--prospects").contains("is not a file");
    assertThat(dir.resolve("out/report.html")).doesNotExist();
  }

  private static Map<String, Long> tiers(Path scored) {
    Map<String, Long> tiers = new LinkedHashMap<>();
    try (Engine engine = Engine.open(EngineAccess.reading(scored))) {
      engine.query(
          "SELECT icp_tier, count(*) FROM read_csv("
              + Engine.literal(engine.readable(scored).toString())
              + ", all_varchar = true) GROUP BY 1",
          r -> tiers.put(r.getString(1), r.getLong(2)));
    }
    return tiers;
  }
}
