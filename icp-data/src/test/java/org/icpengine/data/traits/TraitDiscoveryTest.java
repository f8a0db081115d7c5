package org.icpengine.data.traits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.core.discovery.DiscoveryOptions;
import org.icpengine.core.discovery.DiscoveryResult;
import org.icpengine.core.discovery.Finding;
import org.icpengine.core.discovery.Selector;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.sample.PlantedIcp;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trait discovery on the sample customers recovers the planted ICP. */
class TraitDiscoveryTest {
  @TempDir static Path dir;
  private static Engine engine;
  private static Dataset dataset;
  private static IdealDefinition ideal;
  private static TraitColumns.Choice choice;
  private static List<Selector> selectors;

  @BeforeAll
  static void open() throws Exception {
    Path customers = SampleCompany.builder().seed(42).build().write(dir).customers();
    engine = Engine.open("2GB");
    dataset = Dataset.open(engine, customers, DatasetOptions.defaults());
    ideal = Ideals.evaluate(dataset, Optional.empty());
    choice = TraitColumns.choose(dataset, ideal, Set.of(), Set.of());
    selectors = Selectors.build(dataset, choice.used());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void choose_leavesOutOutcomesIdentifiersAndLeakyColumns() {
    List<String> used = choice.used().stream().map(c -> c.name()).toList();
    assertThat(used)
        .contains("Industry", "NumberOfEmployees", "Tech Stack", "Billing Country")
        .doesNotContain(
            "LTV",
            "Churned",
            "CAC",
            "Account ID",
            "Account Name",
            "Website",
            "Customer Health",
            "Last Activity");
    assertThat(choice.excluded())
        .anySatisfy(e -> assertThat(e.reason()).contains("leakage"))
        .anySatisfy(e -> assertThat(e.reason()).contains("ideal definition"));
  }

  @Test
  void build_makesOneSelectorPerFrequentLevelItemBandAndThreshold() {
    assertThat(selectors)
        .extracting(Selector::condition)
        .contains(
            "Industry is Fintech",
            "Tech Stack has Snowflake",
            "NumberOfEmployees in 201–500",
            "NumberOfEmployees > 200",
            "NumberOfEmployees ≤ 1,000")
        .doesNotContain("Tech Stack lacks Snowflake");
    Selector fintech =
        selectors.stream()
            .filter(s -> s.condition().equals("Industry is Fintech"))
            .findFirst()
            .orElseThrow();
    long fintechRows =
        engine.queryOne(
            "SELECT count(*) FROM clean WHERE \"Industry\" = 'Fintech'", r -> r.getLong(1));
    assertThat(fintech.rows().cardinality()).isEqualTo(fintechRows);
  }

  @Test
  void discover_publishesThePlantedTraitsAndTheDisqualifier() {
    DiscoveryResult result =
        TraitDiscovery.discover(dataset, selectors, DiscoveryOptions.builder().seed(7).build());
    List<String> positive = conditions(result.positives());
    assertThat(positive)
        .anySatisfy(
            c ->
                assertThat(c)
                    .containsAnyOf(
                        "Industry is " + PlantedIcp.INDUSTRIES.get(0),
                        "Industry is " + PlantedIcp.INDUSTRIES.get(1)));
    assertThat(positive).anySatisfy(c -> assertThat(c).contains("has " + PlantedIcp.TECHNOLOGY));
    assertThat(conditions(result.negatives()))
        .anySatisfy(c -> assertThat(c).contains("Industry is " + PlantedIcp.DISQUALIFIED_INDUSTRY));
    for (String noise : PlantedIcp.NOISE_COLUMNS) {
      assertThat(result.published())
          .noneSatisfy(
              f ->
                  assertThat(f.segment().selectors())
                      .allSatisfy(s -> assertThat(s.attribute()).isEqualTo(noise)));
    }
  }

  private static List<String> conditions(List<Finding> findings) {
    return findings.stream().map(f -> f.segment().label()).toList();
  }
}
