package org.icpengine.data.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.data.sources.SourceKind;
import org.junit.jupiter.api.Test;

/** Survey answers and touches rolled up per account, around as-of 2023-07-01. */
class RollUpTest {
  private static final AssemblyOptions AS_OF =
      new AssemblyOptions(Optional.of(LocalDate.parse("2023-07-01")), 12, OptionalDouble.empty());

  @Test
  void assemble_surveyTakesTheMajorityAnswerAndAnyRespondentsOptions() {
    try (LinkedFixture fixture = new LinkedFixture()) {
      fixture
          .accounts("SELECT * FROM (VALUES ('1'), ('2'), ('3')) t(account_key)")
          .table(
              SourceKind.SURVEY,
              "SELECT * FROM (VALUES"
                  + " ('1', 'a@x.com', 'Pipeline visibility', 'Salesforce; Slack'),"
                  + " ('1', 'b@x.com', 'Pipeline visibility', 'HubSpot|Slack'),"
                  + " ('1', 'c@x.com', 'Forecasting', NULL),"
                  + " ('2', 'd@y.com', 'Forecasting', 'Slack'),"
                  + " ('2', 'e@y.com', 'Churn', NULL))"
                  + " t(account_key, email, \"Biggest challenge\", \"Tools\")");
      AssembledAccounts assembled = AccountAssembly.assemble(fixture.sources(), AS_OF);
      Map<String, Map<String, Object>> rows = fixture.rows();
      // account 1: 2 of 3 said pipeline visibility; account 2: a tie, broken by name
      assertThat(rows.get("1").get("Biggest challenge")).isEqualTo("Pipeline visibility");
      assertThat(rows.get("2").get("Biggest challenge")).isEqualTo("Churn");
      assertThat(rows.get("3").get("Biggest challenge")).isNull();
      assertThat(rows.get("1").get("Tools: Slack")).isEqualTo(true);
      assertThat(rows.get("1").get("Tools: HubSpot")).isEqualTo(true);
      assertThat(rows.get("2").get("Tools: Salesforce")).isEqualTo(false);
      assertThat(rows.get("2").get("Tools: Slack")).isEqualTo(true);
      assertThat(rows.get("3").get("Tools: Slack")).isNull();
      assertThat(assembled.mapping().forColumn("Biggest challenge").orElseThrow().category())
          .hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("psychographic"));
      assertThat(assembled.notes()).anyMatch(n -> n.contains("survey answers carry no date"));
    }
  }

  @Test
  void assemble_touchesBecomeEngagementBeforeAsOfOnly() {
    try (LinkedFixture fixture = new LinkedFixture()) {
      fixture
          .accounts("SELECT * FROM (VALUES ('1'), ('2')) t(account_key)")
          .table(
              SourceKind.TOUCHES,
              "SELECT account_key, date::DATE AS date, channel FROM (VALUES"
                  + " ('1', '2023-06-20', 'email'), ('1', '2023-05-01', 'webinar'),"
                  + " ('1', '2022-12-01', 'ads'), ('1', '2022-06-30', 'ads'),"
                  + " ('1', '2023-08-01', 'sales call')) t(account_key, date, channel)");
      AssembledAccounts assembled = AccountAssembly.assemble(fixture.sources(), AS_OF);
      Map<String, Object> one = fixture.rows().get("1");
      // 30 days before 2023-07-01: 06-20; 90 days: + 05-01; 365 days: + 2022-12-01
      assertThat(one.get("engagement_touches_30d")).isEqualTo(1L);
      assertThat(one.get("engagement_touches_90d")).isEqualTo(2L);
      assertThat(one.get("engagement_touches_365d")).isEqualTo(3L);
      assertThat(one.get("engagement_recency_days")).isEqualTo(11L);
      assertThat(one.get("first_touch_channel")).isEqualTo("ads");
      Map<String, Object> two = fixture.rows().get("2");
      assertThat(two.get("engagement_touches_30d")).isEqualTo(0L);
      assertThat(two.get("engagement_recency_days")).isNull();
      assertThat(assembled.mapping().forColumn("engagement_touches_30d").orElseThrow().category())
          .hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("behavioural"));
      assertThat(assembled.notes())
          .anyMatch(
              n -> n.contains("attributes and engagement from records dated before 2023-07-01"));
    }
  }
}
