package org.icpengine.data.icp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.traits.TraitColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircularIdealTest {
  /** 200 accounts whose LTV is 40 times their seats, so seats decide the top quartile of LTV. */
  private static Path accounts(Path dir) {
    List<String> lines = new ArrayList<>(List.of("Account Name,Industry,Seats,Plan,LTV"));
    for (int i = 0; i < 200; i++) {
      int seats = 5 + (i * 37) % 200;
      lines.add(
          "Company "
              + i
              + ","
              + (i % 3 == 0 ? "Retail" : "Energy")
              + ","
              + seats
              + ","
              + (i % 2 == 0 ? "Pro" : "Basic")
              + ","
              + seats * 40);
    }
    return Fixtures.lines(dir, "seats.csv", lines);
  }

  @Test
  void warnings_nameAnAttributeThatAloneSeparatesIdealAccounts(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, accounts(dir));
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
      var used = TraitColumns.choose(dataset, ideal, Set.of(), Set.of()).used();

      List<String> warnings = CircularIdeal.warnings(dataset, ideal, used);

      assertThat(warnings)
          .singleElement()
          .satisfies(w -> assertThat(w).startsWith("Seats alone separates ideal accounts"));
    }
  }

  @Test
  void warnings_nameAnAttributeTheIdealReadsBack(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, accounts(dir));
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.of("Plan = 'Pro'"));
      var used = TraitColumns.choose(dataset, ideal, Set.of(), Set.of()).used();

      List<String> warnings = CircularIdeal.warnings(dataset, ideal, used);

      assertThat(warnings)
          .anySatisfy(w -> assertThat(w).startsWith("The ideal definition reads Plan"));
      assertThat(warnings).noneMatch(w -> w.startsWith("Industry"));
    }
  }

  @Test
  void auc_isAboutAHalfForAnAttributeUnrelatedToTheIdeal(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, accounts(dir));
      Ideals.evaluate(dataset, Optional.empty());

      double auc = CircularIdeal.auc(dataset, dataset.column("Industry").orElseThrow());

      assertThat(auc).isBetween(0.4, 0.7);
    }
  }
}
