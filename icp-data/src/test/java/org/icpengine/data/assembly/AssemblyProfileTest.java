package org.icpengine.data.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.profile.Mapping;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.sources.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account table written out and profiled as any customer file is. */
class AssemblyProfileTest {
  @TempDir Path folder;

  @Test
  void profile_readsChurnedAsTheChurnOutcomeAndEngagementAsBehavioural() throws Exception {
    try (LinkedFixture fixture = linked()) {
      AssembledAccounts assembled =
          AccountAssembly.assemble(
              fixture.sources(),
              new AssemblyOptions(
                  Optional.of(LocalDate.parse("2023-01-01")), 12, OptionalDouble.empty()));
      Path file = folder.resolve("accounts.csv");
      fixture
          .engine()
          .copy("SELECT * FROM " + assembled.relation(), "(FORMAT csv, HEADER true)", file);
      assertThat(Files.size(file)).isPositive();

      Dataset bare = Dataset.open(fixture.engine(), file, DatasetOptions.defaults());
      assertThat(meaning(bare, "churned").isOutcome(OutcomeKind.CHURNED)).isTrue();
      assertThat(meaning(bare, "ltv").isOutcome(OutcomeKind.LTV)).isTrue();
      assertThat(meaning(bare, "nrr_12m").isOutcome(OutcomeKind.NRR)).isTrue();
      // an account table written to a file and read back without the mapping keeps every
      // computed economic column out of the traits
      for (ComputedColumn column : assembled.computed()) {
        if (!column.sources().equals(java.util.List.of("touches"))) {
          assertThat(meaning(bare, column.name()).role())
              .as(column.name())
              .isEqualTo(ColumnRole.OUTCOME);
        }
      }
      for (String engagement : new String[] {"engagement_touches_90d", "first_touch_channel"}) {
        assertThat(meaning(bare, engagement).category())
            .as(engagement)
            .contains(AttributeCategory.BEHAVIOURAL);
        assertThat(meaning(bare, engagement).leaky()).as(engagement).isFalse();
      }

      Dataset mapped =
          Dataset.open(
              fixture.engine(),
              file,
              new DatasetOptions(
                  ReadOptions.defaults(), assembled.mapping(), DatasetOptions.Progress.none()));
      for (ComputedColumn column : assembled.computed()) {
        boolean engagement = column.sources().equals(java.util.List.of("touches"));
        assertThat(meaning(mapped, column.name()).role())
            .as(column.name())
            .isEqualTo(engagement ? ColumnRole.ATTRIBUTE : ColumnRole.OUTCOME);
      }
      assertThat(meaning(mapped, "churned").isOutcome(OutcomeKind.CHURNED)).isTrue();
      assertThat(meaning(mapped, "win_rate").role()).isEqualTo(ColumnRole.OUTCOME);
      assertThat(assembled.mapping()).isNotEqualTo(Mapping.none());
    }
  }

  private static ColumnMeaning meaning(Dataset dataset, String column) {
    return dataset
        .column(column)
        .orElseThrow(() -> new AssertionError("no column " + column))
        .meaning();
  }

  private static LinkedFixture linked() {
    return new LinkedFixture()
        .accounts(
            "SELECT * FROM (VALUES ('A', 'Retail'), ('B', 'Software'), ('C', 'Retail'),"
                + " ('D', 'Software')) t(account_key, industry)",
            "industry")
        .table(
            SourceKind.OPPORTUNITIES,
            "SELECT account_key, stage_outcome, close_date::DATE AS close_date,"
                + " created_date::DATE AS created_date, amount::DOUBLE AS amount FROM (VALUES"
                + " ('A', 'won', '2023-02-01', '2022-12-01', 1000),"
                + " ('B', 'lost', '2023-03-01', '2023-01-15', 500),"
                + " ('C', 'won', '2023-04-01', '2023-02-01', 800))"
                + " t(account_key, stage_outcome, close_date, created_date, amount)")
        .table(
            SourceKind.SUBSCRIPTIONS,
            "SELECT account_key, start_date::DATE AS start_date, end_date::DATE AS end_date,"
                + " mrr::DOUBLE AS mrr FROM (VALUES ('A', '2022-06-01', NULL, 100),"
                + " ('C', '2022-03-01', '2023-05-31', 80), ('D', '2022-01-01', NULL, 50))"
                + " t(account_key, start_date, end_date, mrr)")
        .table(
            SourceKind.TOUCHES,
            "SELECT account_key, date::DATE AS date, channel FROM (VALUES"
                + " ('A', '2022-11-01', 'events'), ('B', '2022-12-20', 'ads'),"
                + " ('C', '2022-10-01', 'events')) t(account_key, date, channel)")
        .latest(LocalDate.parse("2024-01-01"));
  }
}
