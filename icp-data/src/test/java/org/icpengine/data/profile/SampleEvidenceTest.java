package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.icpengine.data.Fixtures;
import org.icpengine.data.clean.CleaningSql;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SampleEvidenceTest {
  private Engine engine;

  @BeforeEach
  void openEngine() {
    engine = Fixtures.engine();
    CleaningSql.install(engine);
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void of_samplesEvenlySpacedRowsOfTheWholeTableAtMostSampleRows() {
    // the file changes from numbers to dates half way: a sample of the first rows sees no date
    engine.execute(
        "CREATE TABLE raw AS SELECT CAST(i // 25000 AS VARCHAR) AS quarter, CASE WHEN i < 50000"
            + " THEN CAST(i AS VARCHAR) ELSE '2024-01-' || (i % 28 + 1) END AS mixed"
            + " FROM range(100000) r(i)");

    SampleEvidence sample = SampleEvidence.of(engine, "raw", List.of("quarter", "mixed"));
    List<ColumnEvidence> evidence = sample.of(List.of("quarter", "mixed"));

    assertThat(evidence.get(0).values())
        .isEqualTo(Map.of("0", 5000L, "1", 5000L, "2", 5000L, "3", 5000L));
    assertThat(evidence.get(1).nonBlank()).isEqualTo(SampleEvidence.SAMPLE_ROWS);
    assertThat(evidence.get(1).dates()).isEqualTo(SampleEvidence.SAMPLE_ROWS / 2);
  }

  @Test
  void of_samplesEveryRowOfASmallTableTheSameEachTime() {
    engine.execute("CREATE TABLE raw AS SELECT CAST(i % 7 AS VARCHAR) AS v FROM range(12345) r(i)");

    Map<String, Long> first =
        SampleEvidence.of(engine, "raw", List.of("v")).of(List.of("v")).get(0).values();
    Map<String, Long> second =
        SampleEvidence.of(engine, "raw", List.of("v")).of(List.of("v")).get(0).values();

    assertThat(first.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(12345);
    assertThat(second).isEqualTo(first);
  }
}
