package org.icpengine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.data.profile.Mapping;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.RowProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private Engine engine;

  @BeforeEach
  void openEngine() {
    engine = Fixtures.engine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void open_readsCleansAndProfilesTheFile() {
    Dataset dataset = open("accounts-bad-number.csv", DatasetOptions.defaults());

    assertThat(dataset.columns()).containsExactly("Account Name", "Industry", "Employees");
    assertThat(dataset.rows()).isEqualTo(5);
    assertThat(dataset.columnsWithRole(ColumnRole.COMPANY_NAME))
        .extracting(ColumnProfile::name)
        .containsExactly("Account Name");
    assertThat(engine.count(Dataset.RAW)).isEqualTo(5);
    assertThat(engine.count(Dataset.CLEAN)).isEqualTo(5);
    assertThat(dataset.column("Nope")).isEmpty();
  }

  @Test
  void open_tellsTheProgressListenerEachStep() {
    List<String> steps = new ArrayList<>();
    DatasetOptions options =
        DatasetOptions.defaults()
            .withProgress((index, total, name) -> steps.add(index + "/" + total + " " + name));

    open("accounts-bad-number.csv", options);

    assertThat(steps)
        .containsExactly("1/3 reading accounts-bad-number.csv", "2/3 cleaning 5 rows", "3/3 done");
  }

  @Test
  void open_reportsCleaningProblemsAtTheirLineInTheFile() {
    Dataset dataset = open("accounts-bad-number.csv", DatasetOptions.defaults());

    assertThat(dataset.profile().rowProblems())
        .extracting(RowProblem::line, RowProblem::rawValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "lots"));
  }

  @Test
  void open_readsADecimalCommaTheColumnsValuesCallFor() {
    Dataset dataset = open("accounts-bad-number.csv", DatasetOptions.defaults());

    assertThat(Fixtures.cleaned(dataset, "Employees"))
        .containsExactly("120.0", "9.0", null, "800.0", "12.5");
  }

  @Test
  void open_reportsCleaningProblemsAtTheirLineAfterAPaddedShortRow() {
    Dataset dataset = open("accounts-short-row-then-bad-number.csv", DatasetOptions.defaults());

    assertThat(dataset.profile().rowProblems())
        .extracting(RowProblem::line, RowProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, ""),
            org.assertj.core.groups.Tuple.tuple(5L, "Employees"));
  }

  @Test
  void open_inStrictModeFailsOnTheFirstBadValueNamingLineColumnAndValue() {
    DatasetOptions strict =
        new DatasetOptions(
            ReadOptions.builder().strict(true).build(),
            Mapping.none(),
            DatasetOptions.Progress.none());

    assertThatThrownBy(() -> open("accounts-bad-number.csv", strict))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("accounts-bad-number.csv line 4, column 'Employees'")
        .hasMessageContaining("'lots'")
        .hasMessageContaining("--strict");
  }

  @Test
  void open_handlesColumnNamesWithQuotesApostrophesDotsAndKeywords() {
    Dataset dataset = open("accounts-awkward-headers.csv", DatasetOptions.defaults());

    assertThat(dataset.columns())
        .containsExactly(
            "Account Name", "Customer's \"Tier\"", "Revenue (USD)", "a.b", "select", "Churned");
    assertThat(Fixtures.cleaned(dataset, "Customer's \"Tier\""))
        .containsExactly("Gold", "Silver", "Gold", "Bronze", "Gold");
    assertThat(Fixtures.cleaned(dataset, "Revenue (USD)"))
        .containsExactly("1000.0", "2000.0", "3000.0", "4000.0", "5000.0");
    IdealDefinition ideal =
        Ideals.evaluate(
            dataset, Optional.of("\"Customer's \"\"Tier\"\"\" = 'gold' AND \"select\" < 5"));
    assertThat(ideal.idealRows()).isEqualTo(2);
    CohortReport report = Cohorts.compute(dataset, List.of("Customer's \"Tier\"", "a.b"), ideal);
    assertThat(report.cohorts())
        .extracting(CohortFigures::label)
        .contains("Gold × p", "Silver × q");
  }

  @Test
  void options_refuseMissingParts() {
    assertThatThrownBy(
            () -> new DatasetOptions(null, Mapping.none(), DatasetOptions.Progress.none()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("read");
  }

  private Dataset open(String fixture, DatasetOptions options) {
    return Dataset.open(engine, Fixtures.resource(DatasetTest.class, fixture), options);
  }
}
