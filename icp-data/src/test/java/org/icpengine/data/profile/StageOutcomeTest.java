package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageOutcomeTest {
  private static final String[] STAGES = {"Won", "Lost", "Won", "Engaging", "Prospecting"};

  private static Path pipeline(Path dir, String header, String won, String lost) {
    List<String> lines = new ArrayList<>(List.of("Opportunity ID,Product," + header));
    for (int i = 0; i < 50; i++) {
      String stage = STAGES[i % STAGES.length];
      String written = stage.equals("Won") ? won : stage.equals("Lost") ? lost : stage;
      lines.add("OPP-" + i + "," + (i % 3 == 0 ? "Basic" : "Pro") + "," + written);
    }
    return Fixtures.lines(dir, "pipeline.csv", lines);
  }

  @ParameterizedTest
  @CsvSource({
    "deal_stage, Won, Lost",
    "Stage, Closed Won, Closed Lost",
    "Deal Stage, closedwon, closedlost"
  })
  void profile_readsAStageWithWonAndLostValuesAsTheWonOutcome(
      String header, String won, String lost, @TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, pipeline(dir, header, won, lost));

      ColumnProfile stage = dataset.column(header).orElseThrow();
      assertThat(stage.meaning().isOutcome(OutcomeKind.WON)).isTrue();
      assertThat(stage.meaning().type()).isEqualTo(ValueType.BOOLEAN);
      assertThat(stage.meaning().leaky()).isFalse();
      assertThat(stage.cleaning().count(ChangeKind.OPEN)).isEqualTo(20);
      assertThat(stage.cleaning().count(ChangeKind.UNREADABLE)).isZero();
      assertThat(dataset.profile().rowProblems()).isEmpty();
      assertThat(stage.notes())
          .anySatisfy(n -> assertThat(n).contains("20 open deals (Engaging 10, Prospecting 10)"));
    }
  }

  @Test
  void open_leavesOpenDealsOutOfTheModelledRows(@TempDir Path dir) {
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, pipeline(dir, "deal_stage", "Won", "Lost"));

      assertThat(dataset.profile().source().rows()).isEqualTo(50);
      assertThat(dataset.rows()).isEqualTo(30);
      assertThat(dataset.openRows()).hasValueSatisfying(o -> assertThat(o.rows()).isEqualTo(20));
      assertThat(Fixtures.cleaned(dataset, "deal_stage")).doesNotContainNull().hasSize(30);
      assertThat(Fixtures.cleaned(dataset, "Opportunity ID"))
          .startsWith("OPP-0", "OPP-1", "OPP-2", "OPP-5");
      assertThat(engine.count(Dataset.RAW)).isEqualTo(30);
    }
  }

  @Test
  void profile_keepsAStageWithoutWonAndLostValuesAnAttribute(@TempDir Path dir) {
    List<String> lines = new ArrayList<>(List.of("Account Name,Lifecycle Stage"));
    for (int i = 0; i < 30; i++) {
      lines.add("Company " + i + "," + (i % 2 == 0 ? "Lead" : "Customer"));
    }
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, Fixtures.lines(dir, "lifecycle.csv", lines));

      assertThat(dataset.column("Lifecycle Stage").orElseThrow().meaning().outcome()).isEmpty();
      assertThat(dataset.openRows()).isEmpty();
      assertThat(dataset.rows()).isEqualTo(30);
    }
  }
}
