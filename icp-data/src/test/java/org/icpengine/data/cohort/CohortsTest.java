package org.icpengine.data.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Medians;
import org.icpengine.data.Dataset;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.sample.PlantedIcp;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortsTest {
  /** The canonical industries of the sample generator. */
  private static final Set<String> INDUSTRIES = Set.copyOf(SampleCompany.INDUSTRIES);

  /** The sample generator's countries, by the names cleaning folds them to. */
  private static final Set<String> COUNTRIES = Set.copyOf(SampleCompany.COUNTRIES);

  @TempDir static Path dir;
  private static Engine engine;
  private static Dataset dataset;
  private static IdealDefinition ideal;

  @BeforeAll
  static void openSample() {
    engine = Fixtures.engine();
    dataset = Fixtures.open(engine, Fixtures.sampleCustomers(dir));
    ideal = Ideals.evaluate(dataset, Optional.empty());
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void compute_findsThePlantedIndustriesAndTheDisqualifiedOne() {
    Map<String, CohortFigures> byLabel =
        byLabel(Cohorts.compute(dataset, List.of("Industry"), ideal));

    for (String planted : PlantedIcp.INDUSTRIES) {
      CohortFigures cohort = byLabel.get(planted);
      assertThat(cohort.lift().value()).as(planted).isGreaterThan(1.5);
      assertThat(cohort.lift().pValue()).as(planted).isLessThan(0.05);
    }
    assertThat(byLabel.get(PlantedIcp.DISQUALIFIED_INDUSTRY).lift().value()).isLessThan(0.5);
  }

  @Test
  void compute_givesEveryIndustryOneCohortUnderItsCanonicalSpelling() {
    CohortReport report = Cohorts.compute(dataset, List.of("Industry"), ideal);

    assertThat(labels(report)).containsExactlyInAnyOrderElementsOf(withMissing(INDUSTRIES));
    assertThat(report.cohorts().stream().mapToLong(CohortFigures::accounts).sum())
        .isEqualTo(dataset.rows());
    assertThat(report.cohorts().get(report.cohorts().size() - 1).label())
        .isEqualTo(Cohorts.MISSING);
  }

  @Test
  void compute_givesEveryCountryOneCohortUnderItsCanonicalName() {
    CohortReport report = Cohorts.compute(dataset, List.of("Billing Country"), ideal);

    assertThat(labels(report)).containsExactlyInAnyOrderElementsOf(withMissing(COUNTRIES));
  }

  @Test
  void compute_putsAnAccountInTheCohortOfEachItemOfAMultiValuedColumn() {
    CohortReport report = Cohorts.compute(dataset, List.of("Tech Stack"), ideal);
    Map<String, CohortFigures> byLabel = byLabel(report);

    assertThat(labels(report)).allSatisfy(label -> assertThat(label).doesNotContain(";", "|", ","));
    assertThat(labels(report).stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct())
        .hasSameSizeAs(labels(report));
    assertThat(byLabel.get(PlantedIcp.TECHNOLOGY).lift().value()).isGreaterThan(1.3);
    long withSnowflake =
        Fixtures.cleaned(dataset, "Tech Stack").stream()
            .filter(v -> v != null && Arrays.asList(v.split("\\|")).contains(PlantedIcp.TECHNOLOGY))
            .count();
    assertThat(byLabel.get(PlantedIcp.TECHNOLOGY).accounts()).isEqualTo(withSnowflake);
    assertThat(report.cohorts().stream().mapToLong(CohortFigures::accounts).sum())
        .isGreaterThan(dataset.rows());
    assertThat(report.notes()).anyMatch(n -> n.contains("multi-valued"));
  }

  @Test
  void compute_bandsEmployeeCountsAsSalesTeamsDoInOrder() {
    CohortReport report = Cohorts.compute(dataset, List.of("NumberOfEmployees"), ideal);
    List<String> expected = new ArrayList<>(Bands.EMPLOYEES.labels());
    expected.add(Cohorts.MISSING);

    assertThat(labels(report)).containsExactlyElementsOf(expected);
    List<Double> employees = numbers("NumberOfEmployees");
    assertThat(byLabel(report).get("51–200").accounts())
        .isEqualTo(count(employees, v -> v != null && v > 50 && v <= 200));
    assertThat(byLabel(report).get("5,001+").accounts())
        .isEqualTo(count(employees, v -> v != null && v > 5000));
  }

  @Test
  void compute_bandsCompanyRevenueInOrder() {
    CohortReport report = Cohorts.compute(dataset, List.of("AnnualRevenue"), ideal);
    List<String> order = new ArrayList<>(Bands.REVENUE.labels());
    order.add(Cohorts.MISSING);

    assertThat(labels(report))
        .isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
    assertThat(order).containsAll(labels(report));
    List<Double> revenue = numbers("AnnualRevenue");
    assertThat(byLabel(report).get("$1M–10M").accounts())
        .isEqualTo(count(revenue, v -> v != null && v > 1e6 && v <= 1e7));
  }

  @Test
  void compute_groupsDatesByYear() {
    CohortReport report = Cohorts.compute(dataset, List.of("Customer Since"), ideal);

    assertThat(labels(report))
        .allMatch(l -> l.matches("(19|20)\\d\\d") || l.equals(Cohorts.MISSING));
    assertThat(report.cohorts().stream().mapToLong(CohortFigures::accounts).sum())
        .isEqualTo(dataset.rows());
  }

  @Test
  void compute_labelsCohortsOfTwoColumnsWithBothValues() {
    CohortReport report = Cohorts.compute(dataset, List.of("Industry", "Billing Country"), ideal);

    assertThat(report.by()).containsExactly("Industry", "Billing Country");
    assertThat(report.cohorts()).hasSizeGreaterThan(50);
    for (String label : labels(report)) {
      String[] parts = label.split(" × ");
      assertThat(parts).hasSize(2);
      assertThat(withMissing(INDUSTRIES)).contains(parts[0]);
      assertThat(withMissing(COUNTRIES)).contains(parts[1]);
    }
    assertThat(report.cohorts().stream().mapToLong(CohortFigures::accounts).sum())
        .isEqualTo(dataset.rows());
  }

  @Test
  void compute_refusesMoreCohortsThanCanBeCompared() {
    assertThatThrownBy(() -> Cohorts.compute(dataset, List.of("Account ID"), ideal))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--by gives " + dataset.rows() + " cohorts, more than 500");
  }

  @Test
  void compute_boundsTheMedianLtvByTheOrderStatisticsAtTheDocumentedRanks() {
    CohortReport report = Cohorts.compute(dataset, List.of("Industry"), ideal);
    List<String> industries = Fixtures.cleaned(dataset, "Industry");
    List<Double> ltv = numbers("LTV");

    for (String industry : PlantedIcp.INDUSTRIES) {
      List<Double> sorted = new ArrayList<>();
      for (int i = 0; i < ltv.size(); i++) {
        if (industry.equals(industries.get(i)) && ltv.get(i) != null) {
          sorted.add(ltv.get(i));
        }
      }
      sorted.sort(null);
      Interval ranks = Medians.orderStatisticRanks(sorted.size());
      CohortFigures cohort = byLabel(report).get(industry);
      int n = sorted.size();
      double median = (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
      assertThat(cohort.ltvMedian().value()).as(industry).isEqualTo(median);
      assertThat(cohort.ltvMedian().low()).isEqualTo(sorted.get((int) ranks.low() - 1));
      assertThat(cohort.ltvMedian().high()).isEqualTo(sorted.get((int) ranks.high() - 1));
    }
  }

  @Test
  void compute_namesTheOutcomeColumnsItUsed() {
    CohortReport report = Cohorts.compute(dataset, List.of("Industry"), ideal);

    assertThat(report.outcomes())
        .containsEntry(OutcomeKind.LTV, "LTV")
        .containsEntry(OutcomeKind.NRR, "NRR")
        .containsEntry(OutcomeKind.CAC, "CAC")
        .containsEntry(OutcomeKind.CHURNED, "Churned")
        .doesNotContainKey(OutcomeKind.WON);
    assertThat(report.total().accounts()).isEqualTo(dataset.rows());
    assertThat(report.total().idealRate().value()).isEqualTo(ideal.idealRate());
  }

  @Test
  void evaluate_defaultsToTheTopQuartileOfRetainedLtvWithLtvToCacOfThree() {
    assertThat(ideal.isDefault()).isTrue();
    assertThat(ideal.columnsRead()).containsExactly("LTV", "Churned", "CAC");
    List<Double> ltv = numbers("LTV");
    List<Double> cac = numbers("CAC");
    List<String> churned = Fixtures.cleaned(dataset, "Churned");
    List<Double> retained = new ArrayList<>();
    for (int i = 0; i < ltv.size(); i++) {
      if (!"true".equals(churned.get(i)) && ltv.get(i) != null) {
        retained.add(ltv.get(i));
      }
    }
    retained.sort(null);
    double lowerQuartileOfTop = retained.get((int) Math.floor(0.75 * (retained.size() - 1)));
    List<Boolean> flags =
        engine.query(
            "SELECT ideal FROM " + Ideals.FLAGS + " ORDER BY " + Engine.quote("icp#row"),
            r -> r.getBoolean(1));
    for (int i = 0; i < flags.size(); i++) {
      if (flags.get(i)) {
        assertThat(churned.get(i)).isNotEqualTo("true");
        assertThat(ltv.get(i)).isGreaterThanOrEqualTo(lowerQuartileOfTop);
        assertThat(ltv.get(i) / cac.get(i)).isGreaterThanOrEqualTo(3.0);
      }
    }
    assertThat(ideal.idealRows()).isLessThanOrEqualTo(retained.size() / 4 + 1).isPositive();
  }

  private static List<Double> numbers(String column) {
    return Fixtures.cleaned(dataset, column).stream()
        .map(v -> v == null ? null : Double.valueOf(v))
        .toList();
  }

  private static long count(List<Double> values, Predicate<Double> test) {
    return values.stream().filter(test).count();
  }

  private static Set<String> withMissing(Set<String> labels) {
    Set<String> all = new java.util.HashSet<>(labels);
    all.add(Cohorts.MISSING);
    return all;
  }

  private static List<String> labels(CohortReport report) {
    return report.cohorts().stream().map(CohortFigures::label).toList();
  }

  private static Map<String, CohortFigures> byLabel(CohortReport report) {
    return report.cohorts().stream().collect(Collectors.toMap(CohortFigures::label, c -> c));
  }
}
