package org.icpengine.data.icp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.document.IcpContents;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outcome findings, whose three searches run side by side, come out alike and in order. */
class OutcomeFindingsTest {
  @TempDir static Path dir;

  @Test
  void derive_givesTheSameOutcomeFindingsEveryTime_groupedAsLtvNrrCac() throws Exception {
    try (Engine engine = Fixtures.engine()) {
      Path customers =
          SampleCompany.builder().seed(7).deals(0).prospects(0).build().write(dir).customers();
      Dataset dataset = Fixtures.open(engine, customers);
      Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
      List<IcpContents.Outcome> first =
          Derivation.derive(dataset, customers, DeriveOptions.defaults(), clock).outcomeFindings();

      Map<OutcomeKind, String> columns = Cohorts.outcomes(dataset);
      List<String> order = new ArrayList<>();
      for (OutcomeKind kind : List.of(OutcomeKind.LTV, OutcomeKind.NRR, OutcomeKind.CAC)) {
        if (columns.containsKey(kind)) {
          order.add(columns.get(kind));
        }
      }
      List<String> seen = first.stream().map(IcpContents.Outcome::outcome).distinct().toList();
      assertThat(seen).hasSizeGreaterThan(1);
      assertThat(order).containsSubsequence(seen);
      assertThat(first.stream().map(IcpContents.Outcome::outcome).toList())
          .isSortedAccordingTo((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
      assertThat(
              Derivation.derive(dataset, customers, DeriveOptions.defaults(), clock)
                  .outcomeFindings())
          .isEqualTo(first);
    }
  }
}
