package org.icpengine.data.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.core.drift.SegmentFit;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Segments built to need each verdict: one file, one region per verdict. */
class SegmentCheckTest {
  @TempDir static Path dir;
  static Path icp;
  static Path file;

  @BeforeAll
  static void derive() throws Exception {
    Path training = Accounts.write(dir, "training.csv", 4000, Accounts.INDUSTRY_MIX, 1);
    icp = Accounts.derive(training, Files.createDirectories(dir.resolve("icp")));
    Map<String, Integer> rows = new LinkedHashMap<>();
    rows.put("EMEA", 1500);
    rows.put("North America", 1500);
    rows.put("APAC", 1500);
    rows.put("LATAM", 1500);
    rows.put("Antarctica", 40);
    file =
        Accounts.write(
            dir,
            "check.csv",
            rows,
            Accounts.INDUSTRY_MIX,
            Map.of("APAC", p -> Math.min(1, 1.8 * p), "LATAM", p -> 0.3),
            2);
  }

  private static SegmentReport check(String segment) {
    return SegmentCheck.check(icp, file, segment, DatasetOptions.defaults());
  }

  @Test
  void check_fitsASegmentTheIcpDescribes() {
    SegmentReport report = check("region = 'EMEA'");
    assertThat(report.fit().verdict()).isEqualTo(SegmentFit.Verdict.FITS);
    assertThat(report.verdict()).isEqualTo("fits the ICP");
    assertThat(report.inside()).isEqualTo(1500);
  }

  @Test
  void check_asksForAnOverrideWhereMoreWinThanTheScoreExpects() {
    SegmentReport report = check("region = 'APAC'");
    assertThat(report.fit().verdict()).isEqualTo(SegmentFit.Verdict.OVERRIDE);
    assertThat(report.verdict())
        .startsWith("fits with an override (add trait \"region = 'APAC'\": +");
  }

  @Test
  void check_asksForItsOwnDerivationWhereTheScoreStopsSorting() {
    assertThat(check("region = 'LATAM'").fit().verdict())
        .isEqualTo(SegmentFit.Verdict.OWN_DERIVATION);
  }

  @Test
  void check_saysHowManyAccountsATinySegmentNeeds() {
    SegmentReport report = check("region = 'Antarctica'");
    assertThat(report.fit().verdict()).isEqualTo(SegmentFit.Verdict.TOO_FEW);
    assertThat(report.verdict()).matches("too few accounts to tell \\(need about [0-9,]+\\)");
  }

  @Test
  void check_refusesAnExpressionOutsideTheLanguage() {
    assertThatThrownBy(() -> check("region = 'EMEA'; DROP TABLE raw"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid --segment");
  }

  @Test
  void check_refusesAnUnknownColumn() {
    assertThatThrownBy(() -> check("continent = 'EMEA'"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no column 'continent'");
  }
}
