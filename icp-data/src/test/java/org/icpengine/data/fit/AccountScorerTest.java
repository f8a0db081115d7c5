package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.icpengine.core.column.ValueType;
import org.icpengine.core.score.Tiers;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.Contribution;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.testing.ParityModels;
import org.junit.jupiter.api.Test;

class AccountScorerTest {
  private static final String NOT_SCORED =
      "not scored: insufficient data, 0 % of the model's weight known (needs 0 %); not given:"
          + " Notes, NumberOfEmployees, Industry, Tech Stack, Public, Country";

  private static PointsTable.Scored scored(
      String column,
      FitAttribute.Kind kind,
      ValueType type,
      List<Double> bounds,
      List<String> levels,
      Integer... points) {
    return new PointsTable.Scored(
        new FitAttribute(column, kind, "firmographic", type, bounds, levels), List.of(points));
  }

  private static ScoreModel model() {
    List<PointsTable.Scored> fit =
        List.of(
            scored(
                "NumberOfEmployees",
                FitAttribute.Kind.NUMBER,
                ValueType.NUMBER,
                List.of(50.0, 500.0),
                List.of(),
                -5,
                -10,
                5,
                20),
            scored(
                "Industry",
                FitAttribute.Kind.CATEGORY,
                ValueType.CATEGORY,
                List.of(),
                List.of("Fintech", "Education"),
                0,
                15,
                -10,
                -3),
            scored(
                "Tech Stack",
                FitAttribute.Kind.SET_ITEM,
                ValueType.SET,
                List.of(),
                List.of("Snowflake"),
                -2,
                12,
                -4),
            scored(
                "Tech Stack",
                FitAttribute.Kind.SET_ITEM,
                ValueType.SET,
                List.of(),
                List.of("dbt"),
                -1,
                4,
                0),
            scored(
                "Public",
                FitAttribute.Kind.BOOLEAN,
                ValueType.BOOLEAN,
                List.of(),
                List.of(),
                0,
                8,
                -8),
            scored(
                "Country",
                FitAttribute.Kind.CATEGORY,
                ValueType.COUNTRY,
                List.of(),
                List.of("United States", "Germany"),
                0,
                6,
                2,
                -4),
            scored(
                "Notes",
                FitAttribute.Kind.CATEGORY,
                ValueType.TEXT,
                List.of(),
                List.of("VIP", "Churn risk"),
                0,
                40,
                -60,
                0));
    return new ScoreModel(
        new PointsTable(fit, List.of(), 10, 0),
        new Tiers(70, 55, 40),
        List.of(new Disqualifier("Industry", "Education", "Industry is Education")),
        Optional.empty(),
        ScoreModel.DEFAULT_MIN_COVERAGE);
  }

  /** The model scoring any account with a known value, to test points and reasons alone. */
  private static ScoreModel anyCoverage() {
    ScoreModel model = model();
    return new ScoreModel(model.fit(), model.tiers(), model.disqualifiers(), model.engagement(), 0);
  }

  private static final AccountScorer SCORER = new AccountScorer(anyCoverage());

  private static final AccountScorer STRICT = new AccountScorer(model());

  @Test
  void keysMatchTheModelsColumnsByNameElseBySpelling() {
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("Number of Employees", "5,000");
    account.put("number_of_employees", "5");
    account.put("industry", "FinTech");
    account.put("Favourite colour", "blue");
    AccountScore score = SCORER.score(account);
    // of two keys spelled like the column, the first is read, as for a file's columns
    assertThat(score.reasons()).contains("+20 employees 501+", "+15 Industry is Fintech");
    assertThat(score.ignored()).containsExactly("number_of_employees", "Favourite colour");
    assertThat(score.missing()).containsExactly("Tech Stack", "Public", "Country", "Notes");

    account.put("NumberOfEmployees", "10");
    AccountScore exact = SCORER.score(account);
    assertThat(exact.reasons()).contains("−10 employees 1–50");
    assertThat(exact.ignored())
        .containsExactly("Number of Employees", "number_of_employees", "Favourite colour");
  }

  @Test
  void anAccountWithNoKnownFitAttributeIsNotScored() {
    for (Map<String, ?> account :
        List.of(
            Map.<String, Object>of(),
            Map.of("Industry", "N/A", "NumberOfEmployees", "unknown", "Tech Stack", List.of()))) {
      AccountScore score = SCORER.score(account);
      assertThat(score.scored()).isFalse();
      assertThat(score.score()).isNull();
      assertThat(score.tier()).isNull();
      assertThat(score.engagement()).isNull();
      assertThat(score.reasons()).isEqualTo(NOT_SCORED);
      assertThat(score.status()).isEqualTo("insufficient_data");
      assertThat(score.coverage()).isZero();
      assertThat(score.contributions()).isEmpty();
      assertThat(score.missing()).isEqualTo(SCORER.columns());
    }
  }

  @Test
  void aDisqualifierPutsTheAccountInTierDWithItsReason() {
    AccountScore score =
        SCORER.score(Map.of("Industry", " EDUCATION ", "NumberOfEmployees", 5000, "Notes", "VIP"));
    assertThat(score.tier()).isEqualTo("D");
    assertThat(score.score()).isEqualTo(100);
    assertThat(score.disqualification()).isEqualTo("Industry is Education");
    assertThat(score.reasons())
        .startsWith("disqualified: Industry is Education; base 50; +40 Notes is VIP");
  }

  @Test
  void scoresAreCappedAndTheReasonsSaySo() {
    AccountScore top =
        SCORER.score(
            Map.of(
                "NumberOfEmployees", "5k",
                "Industry", "Fintech",
                "Tech Stack", "Snowflake; dbt",
                "Public", "yes",
                "Country", "USA",
                "Notes", "VIP"));
    assertThat(top.score()).isEqualTo(100);
    assertThat(top.tier()).isEqualTo("A");
    assertThat(top.reasons())
        .isEqualTo(
            "base 50; +40 Notes is VIP; +20 employees 501+; +15 Industry is Fintech;"
                + " +12 Tech Stack has Snowflake; +8 Public is yes; +10 from 2 more;"
                + " −55 capped at 100");
    AccountScore bottom =
        SCORER.score(
            Map.of(
                "NumberOfEmployees", "10",
                "Industry", "Retail",
                "Tech Stack", "HubSpot",
                "Public", "no",
                "Country", "France",
                "Notes", "churn-risk"));
    assertThat(bottom.score()).isZero();
    assertThat(bottom.tier()).isEqualTo("D");
    // −4 and −4 tie: the earlier attribute comes first
    assertThat(bottom.reasons())
        .isEqualTo(
            "base 50; −60 Notes is Churn risk; −10 employees 1–50; −8 Public is no;"
                + " −4 Tech Stack without Snowflake; −4 Country is another value;"
                + " −3 from 1 more; +39 capped at 0");
    assertThat(bottom.contributions())
        .extracting(Contribution::points)
        .containsExactly(-60, -10, -8, -4, -4, -3);
  }

  @Test
  void unknownValuesAreWorthNothing() {
    AccountScore score = SCORER.score(Map.of("Industry", "Fintech"));
    assertThat(score.score()).isEqualTo(65);
    assertThat(score.tier()).isEqualTo("B");
    assertThat(score.reasons()).isEqualTo("base 50; +15 Industry is Fintech");
    assertThat(score.contributions()).containsExactly(new Contribution("Industry is Fintech", 15));
    assertThat(score.status()).isEqualTo("scored");
  }

  @Test
  void anAccountWithOneKnownAttributeHasInsufficientDataNotATier() {
    AccountScore score = STRICT.score(Map.of("Industry", "Fintech"));
    assertThat(score.status()).isEqualTo("insufficient_data");
    assertThat(score.score()).isNull();
    assertThat(score.tier()).isNull();
    // Industry's weight is 25 of 201 (each attribute's spread of points, for a hand-made model)
    assertThat(score.coverage()).isEqualTo(0.12);
    assertThat(score.reasons())
        .isEqualTo(
            "not scored: insufficient data, 12 % of the model's weight known (needs 50 %); not"
                + " given: Notes, NumberOfEmployees, Tech Stack, Public, Country");
    AccountScore known =
        STRICT.score(Map.of("Industry", "Fintech", "Notes", "VIP", "NumberOfEmployees", 20));
    assertThat(known.status()).isEqualTo("scored");
    assertThat(known.coverage()).isEqualTo(0.77);
    assertThat(known.tier()).isEqualTo("A");
  }

  @Test
  void aDisqualifiedAccountWithLittleKnownIsTierDWithoutAScore() {
    AccountScore score = STRICT.score(Map.of("Industry", "Education"));
    assertThat(score.status()).isEqualTo("disqualified");
    assertThat(score.tier()).isEqualTo("D");
    assertThat(score.score()).isNull();
    assertThat(score.reasons())
        .startsWith("disqualified: Industry is Education; not scored: insufficient data, 12 %");
  }

  @Test
  void aConfirmedMissingSignalScoresAndSaysNotGiven() {
    ScoreModel model = anyCoverage();
    List<PointsTable.Scored> attributes = new java.util.ArrayList<>(model.fit().attributes());
    PointsTable.Scored employees = attributes.get(0);
    attributes.set(
        0,
        new PointsTable.Scored(
            employees.attribute(),
            List.of(-4, -10, 5, 20),
            30,
            Optional.of(new PointsTable.MissingSignal(400, 20, 41.5, 1e-5))));
    AccountScorer scorer =
        new AccountScorer(
            new ScoreModel(
                new PointsTable(attributes, List.of(), 10, 0),
                model.tiers(),
                model.disqualifiers(),
                model.engagement(),
                0));
    assertThat(scorer.score(Map.of("Industry", "Fintech", "NumberOfEmployees", "")).reasons())
        .isEqualTo(
            "base 50; +15 Industry is Fintech; −4 employees not given (tested: such accounts are"
                + " less often ideal)");
    // a key the account lacks is like a column a file lacks: 0 points
    assertThat(scorer.score(Map.of("Industry", "Fintech")).reasons())
        .isEqualTo("base 50; +15 Industry is Fintech");
  }

  @Test
  void jsonValuesScoreAsTheirTextInAFile() {
    Map<String, Object> typed = new HashMap<>();
    typed.put("NumberOfEmployees", 5000);
    typed.put("Public", true);
    typed.put("Tech Stack", List.of("Snowflake", "dbt"));
    typed.put("Industry", null);
    AccountScore fromJson = SCORER.score(typed);
    AccountScore fromText =
        SCORER.score(
            Map.of("NumberOfEmployees", "5,000", "Public", "Y", "Tech Stack", "dbt|Snowflake"));
    assertThat(fromJson).isEqualTo(fromText);
    assertThat(fromJson.missing()).containsExactly("Industry", "Country", "Notes");
    assertThat(SCORER.score(Map.of("NumberOfEmployees", 5000.0)))
        .isEqualTo(SCORER.score(Map.of("NumberOfEmployees", "5000")));
  }

  @Test
  void theEngagementScoreIsScoredApart() {
    AccountScorer scorer = new AccountScorer(ParityModels.everyKind());
    AccountScore engaged = scorer.score(Map.of("Visits", "60", "News letter", "yes"));
    assertThat(engaged.engagement()).isEqualTo(64);
    assertThat(engaged.score()).isNull();
    assertThat(scorer.score(Map.of("Industry", "Fintech")).engagement()).isNull();
    assertThat(SCORER.score(Map.of("Industry", "Fintech")).engagement()).isNull();
  }

  @Test
  void oneScorerScoresManyAccountsAtOnce() {
    List<Map<String, Object>> accounts =
        IntStream.range(0, 2000)
            .mapToObj(
                i ->
                    Map.<String, Object>of(
                        "NumberOfEmployees", String.valueOf(i * 7),
                        "Industry", i % 3 == 0 ? "Education" : "Fintech",
                        "Tech Stack", i % 2 == 0 ? "Snowflake" : "dbt, Looker"))
            .toList();
    List<AccountScore> one = accounts.stream().map(SCORER::score).toList();
    assertThat(accounts.parallelStream().map(SCORER::score).toList()).isEqualTo(one);
  }

  @Test
  void aModelWhoseKindsDoNotFitTheirTypesIsRefused() {
    ScoreModel dates =
        new ScoreModel(
            new PointsTable(
                List.of(
                    scored(
                        "Signed",
                        FitAttribute.Kind.CATEGORY,
                        ValueType.DATE,
                        List.of(),
                        List.of("2024-01-01"),
                        0,
                        1,
                        0)),
                List.of(),
                10,
                0),
            new Tiers(70, 55, 40),
            List.of(),
            Optional.empty());
    assertThatThrownBy(() -> new AccountScorer(dates))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Signed");
  }
}
