package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateLeakageTest {
  @Test
  void profile_flagsADateRecordedAfterTheOutcomesDateWithItsEvidence(@TempDir Path dir) {
    List<String> lines =
        new ArrayList<>(List.of("Account Name,Industry,Created Date,Close Date,Renewal Date"));
    LocalDate start = LocalDate.of(2023, 1, 1);
    for (int i = 0; i < 40; i++) {
      LocalDate close = start.plusDays(30 + i);
      lines.add(
          "Company "
              + i
              + ","
              + (i % 2 == 0 ? "Retail" : "Energy")
              + ","
              + start.plusDays(i)
              + ","
              + close
              + ","
              + close.plusDays(365));
    }
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, Fixtures.lines(dir, "renewals.csv", lines));

      ColumnProfile renewal = dataset.column("Renewal Date").orElseThrow();
      assertThat(renewal.meaning().leaky()).isTrue();
      assertThat(renewal.leakage())
          .hasValueSatisfying(
              e -> assertThat(e).contains("after Close Date").contains("100% of the 40 rows"));
      assertThat(renewal.warnings()).anyMatch(w -> w.startsWith("likely leakage: its date falls"));
      ColumnProfile created = dataset.column("Created Date").orElseThrow();
      assertThat(created.meaning().leaky()).isFalse();
      assertThat(created.leakage()).isEmpty();
    }
  }
}
