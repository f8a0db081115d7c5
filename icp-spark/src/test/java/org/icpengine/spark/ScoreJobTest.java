package org.icpengine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreJobTest {
  @TempDir Path dir;

  @Test
  void parse_readsTheFormatsFromTheNamesUnlessGiven() {
    ScoreJob.Options options =
        ScoreJob.Options.parse("--icp", "icp.json", "--in", "a.csv", "--out", "scored");

    assertThat(options.inFormat()).isEqualTo("csv");
    assertThat(options.format()).isEqualTo("parquet");
    assertThat(ScoreJob.Options.parse("--icp", "i", "--in", "hdfs:///a", "--out", "o").inFormat())
        .isEqualTo("parquet");
  }

  @Test
  void parse_refusesAMissingOptionAndAnUnknownFormat() {
    assertThatThrownBy(() -> ScoreJob.Options.parse("--icp", "icp.json", "--in", "a.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("missing --out");
    assertThatThrownBy(
            () ->
                ScoreJob.Options.parse("--icp", "i", "--in", "a", "--out", "o", "--format", "xlsx"))
        .hasMessage("--format must be parquet or csv, not xlsx");
  }

  @Test
  void read_refusesAFileThatIsNotAnIcpInOneLine() {
    assertThatThrownBy(() -> IcpModel.read(dir.resolve("none.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist")
        .hasMessageNotContaining("\n");
  }

  @Test
  void run_writesEveryInputRowWithItsColumnsAndTheScoresAsParquet() {
    SampleIcp sample = SampleIcp.get();
    Path icp = Path.of("target", "sample-icp", "icp.json");
    Path out = dir.resolve("scored");
    ScoreJob.Options options =
        ScoreJob.Options.parse(
            "--icp",
            icp.toString(),
            "--in",
            sample.prospects().toString(),
            "--out",
            out.toString());

    ScoreJob.run(LocalSpark.get(), IcpModel.read(icp), options);

    Dataset<Row> written = LocalSpark.get().read().parquet(out.toString());
    assertThat(written.count()).isEqualTo(500);
    assertThat(List.of(written.columns()))
        .containsSubsequence("Company name")
        .endsWith(ScoreColumns.OUTPUT.toArray(String[]::new));
  }
}
