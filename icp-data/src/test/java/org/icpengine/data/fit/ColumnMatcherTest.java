package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.ValueType;
import org.icpengine.core.score.Tiers;
import org.icpengine.data.InputException;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.junit.jupiter.api.Test;

class ColumnMatcherTest {
  private static final ColumnMatcher MATCHER = new ColumnMatcher(model());

  private static ScoreModel model() {
    List<PointsTable.Scored> fit =
        List.of(
            category("Industry", ValueType.CATEGORY, "Fintech", "Healthtech", "Retail"),
            category("Billing Country", ValueType.COUNTRY, "United States", "Germany"),
            item("Tech Stack", "Snowflake"),
            item("Tech Stack", "dbt"),
            number("NumberOfEmployees"),
            category("Segment", ValueType.CATEGORY, "Enterprise", "Mid-market", "SMB"));
    return new ScoreModel(
        new PointsTable(fit, List.of(), 10, 0), new Tiers(70, 55, 40), List.of(), Optional.empty());
  }

  private static PointsTable.Scored category(String column, ValueType type, String... levels) {
    FitAttribute a =
        new FitAttribute(
            column, FitAttribute.Kind.CATEGORY, "firmographic", type, List.of(), List.of(levels));
    return new PointsTable.Scored(a, Collections.nCopies(a.bins(), 0));
  }

  private static PointsTable.Scored item(String column, String item) {
    FitAttribute a =
        new FitAttribute(
            column,
            FitAttribute.Kind.SET_ITEM,
            "technographic",
            ValueType.SET,
            List.of(),
            List.of(item));
    return new PointsTable.Scored(a, Collections.nCopies(a.bins(), 0));
  }

  private static PointsTable.Scored number(String column) {
    FitAttribute a =
        new FitAttribute(
            column,
            FitAttribute.Kind.NUMBER,
            "firmographic",
            ValueType.NUMBER,
            List.of(10.0, 100.0),
            List.of());
    return new PointsTable.Scored(a, Collections.nCopies(a.bins(), 0));
  }

  @Test
  void match_findsHubSpotNamesAsSynonymsAndSaysSo() {
    List<ColumnMatch> matches =
        MATCHER.match(
            List.of(
                "Record ID", "Industry", "Country/Region", "Number of Employees", "Technologies"),
            Map.of());
    assertThat(matches)
        .extracting(ColumnMatch::modelColumn, ColumnMatch::fileColumn, ColumnMatch::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Industry", "Industry", ColumnMatch.Kind.EXACT),
            org.assertj.core.groups.Tuple.tuple(
                "Billing Country", "Country/Region", ColumnMatch.Kind.SYNONYM),
            org.assertj.core.groups.Tuple.tuple(
                "Tech Stack", "Technologies", ColumnMatch.Kind.SYNONYM),
            org.assertj.core.groups.Tuple.tuple(
                "NumberOfEmployees", "Number of Employees", ColumnMatch.Kind.NORMALISED));
    assertThat(matches.get(2).describe())
        .isEqualTo("matched Tech Stack \u2190 Technologies (HubSpot synonym)");
  }

  @Test
  void match_worksTheOtherWayRound() {
    ScoreModel hubspot =
        new ScoreModel(
            new PointsTable(
                List.of(item("Technologies", "Snowflake"), number("Number of Employees")),
                List.of(),
                10,
                0),
            new Tiers(70, 55, 40),
            List.of(),
            Optional.empty());
    assertThat(
            ColumnMatcher.asMap(
                new ColumnMatcher(hubspot).match(List.of("Tech Stack", "Employees"), Map.of())))
        .isEqualTo(Map.of("Technologies", "Tech Stack", "Number of Employees", "Employees"));
  }

  @Test
  void match_prefersANameMatchOverASynonymForAnotherColumn() {
    List<ColumnMatch> matches = MATCHER.match(List.of("Country", "Billing Country"), Map.of());
    assertThat(matches)
        .singleElement()
        .extracting(ColumnMatch::fileColumn, ColumnMatch::kind)
        .containsExactly("Billing Country", ColumnMatch.Kind.EXACT);
  }

  @Test
  void match_findsAColumnByItsValuesAboveTheThresholdOnly() {
    Map<String, List<String>> values =
        Map.of(
            "Tier", List.of("enterprise", "SMB", "Mid Market", "Startup"),
            "Notes", List.of("Enterprise", "call back", "lost", "VIP"),
            "Stack", List.of("Snowflake; dbt", "Looker"));
    List<ColumnMatch> matches =
        MATCHER.match(
            List.of("Notes", "Tier", "Stack"), Map.of(), c -> values.getOrDefault(c, List.of()));
    assertThat(matches)
        .extracting(ColumnMatch::modelColumn, ColumnMatch::fileColumn, ColumnMatch::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tech Stack", "Stack", ColumnMatch.Kind.VALUES),
            org.assertj.core.groups.Tuple.tuple("Segment", "Tier", ColumnMatch.Kind.VALUES));
    assertThat(matches.get(1).reason()).isEqualTo("75 % of its values are levels of Segment");
  }

  @Test
  void match_ignoresValuesBelowTheThresholdOrTooFewDistinct() {
    Map<String, List<String>> values =
        Map.of("Notes", List.of("Enterprise", "call back", "lost"), "Plan", List.of("SMB"));
    assertThat(
            MATCHER.match(
                List.of("Notes", "Plan"), Map.of(), c -> values.getOrDefault(c, List.of())))
        .isEmpty();
  }

  @Test
  void match_givenColumnsOverrideEveryOtherEvidence() {
    List<ColumnMatch> matches =
        MATCHER.match(
            List.of("Industry", "Sector"),
            Map.of("Industry", "Sector"),
            ColumnMatcher.ValueSample.none());
    assertThat(matches)
        .singleElement()
        .extracting(ColumnMatch::fileColumn, ColumnMatch::kind)
        .containsExactly("Sector", ColumnMatch.Kind.GIVEN);
  }

  @Test
  void match_refusesGivenColumnsTheModelOrFileLacks() {
    assertThatThrownBy(() -> MATCHER.match(List.of("Industry"), Map.of("Colour", "Industry")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'Colour', which is not a column of the model");
    assertThatThrownBy(() -> MATCHER.match(List.of("Industry"), Map.of("Industry", "Industy")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'Industy', which the file does not have");
  }
}
