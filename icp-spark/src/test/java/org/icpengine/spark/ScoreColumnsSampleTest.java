package org.icpengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;

/** Spark scores every sample prospect as the Java scorer does. */
class ScoreColumnsSampleTest {
  @Test
  void score_givesEverySampleProspectTheJavaScorersPointsTierStatusCoverageAndReasons() {
    SampleIcp sample = SampleIcp.get();
    ScoreModel model = ModelFile.read(Path.of("target", "sample-icp", "icp.json"));
    Dataset<Row> prospects =
        LocalSpark.get()
            .read()
            .option("header", "true")
            .option("inferSchema", "false")
            .option("multiLine", "true")
            .csv(sample.prospects().toString());

    List<ParityAssert.Scored> scored = ParityAssert.assertSameScores(model, prospects);

    assertThat(scored).hasSize(500);
    assertThat(scored).extracting(ParityAssert.Scored::tier).contains("A", "B", "C", "D");
    assertThat(scored).extracting(ParityAssert.Scored::status).contains("scored");
    assertThat(scored).extracting(ParityAssert.Scored::reasons).allMatch(r -> !r.isBlank());
  }
}
