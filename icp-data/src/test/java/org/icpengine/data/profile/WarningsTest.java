package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WarningsTest {
  private static Engine engine;
  private static Dataset dataset;

  @BeforeAll
  static void openFixture() {
    engine = Fixtures.engine();
    dataset = Fixtures.open(engine, Fixtures.resource(WarningsTest.class, "accounts-warnings.csv"));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void profile_warnsAboutANearUniqueAttribute() {
    assertThat(warnings("Description")).anyMatch(w -> w.startsWith("near-unique"));
  }

  @Test
  void profile_doesNotWarnAboutUniqueNamesThatAreNotAttributes() {
    assertThat(warnings("Account Name")).isEmpty();
  }

  @Test
  void profile_warnsAboutAConstantColumn() {
    assertThat(warnings("Plan")).anyMatch(w -> w.startsWith("constant"));
    assertThat(dataset.column("Plan").orElseThrow().distinct()).isEqualTo(1);
  }

  @Test
  void profile_warnsAboutAColumnWithNoValues() {
    ColumnProfile fax = dataset.column("Fax").orElseThrow();

    assertThat(fax.missing()).isEqualTo(25);
    assertThat(fax.warnings()).anyMatch(w -> w.startsWith("all values are missing"));
    assertThat(fax.warnings()).noneMatch(w -> w.startsWith("constant"));
  }

  @Test
  void profile_warnsAboutAMostlyMissingColumnWithTheShare() {
    assertThat(warnings("Region")).contains("60% of values are missing");
  }

  @Test
  void profile_warnsAboutUnreadableValuesWithTheirCount() {
    assertThat(warnings("Employees"))
        .containsExactly(
            "2 values are not readable as number and were treated as missing (see row problems)");
    assertThat(dataset.column("Employees").orElseThrow().missing()).isEqualTo(2);
  }

  private static List<String> warnings(String column) {
    return dataset.column(column).orElseThrow().warnings();
  }
}
