package org.icpengine.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.column.ValueType;
import org.junit.jupiter.api.Test;

class ReasonWriterTest {
  private static final PointsTable.MissingSignal SIGNAL =
      new PointsTable.MissingSignal(100, 10, 20.0, 1e-3);

  /**
   * Six attributes (a number and a multi-valued column with confirmed "not given" signals, ties of
   * equal and opposite points) and two interactions: every row may have more than five terms, be
   * capped at 100 or at 0, or have no term at all.
   */
  private static PointsTable table() {
    FitAttribute employees =
        new FitAttribute(
            "Employees",
            FitAttribute.Kind.NUMBER,
            "firmographic",
            ValueType.NUMBER,
            List.of(10.0, 100.0),
            List.of());
    FitAttribute industry =
        new FitAttribute(
            "Industry",
            FitAttribute.Kind.CATEGORY,
            "firmographic",
            ValueType.CATEGORY,
            List.of(),
            List.of("Fintech", "Retail"));
    FitAttribute sso =
        new FitAttribute(
            "Has SSO",
            FitAttribute.Kind.BOOLEAN,
            "technographic",
            ValueType.BOOLEAN,
            List.of(),
            List.of());
    FitAttribute slack = item("Slack");
    FitAttribute jira = item("Jira");
    FitAttribute region =
        new FitAttribute(
            "Région",
            FitAttribute.Kind.CATEGORY,
            "firmographic",
            ValueType.CATEGORY,
            List.of(),
            List.of("EU", "US", "APAC"));
    return new PointsTable(
        List.of(
            new PointsTable.Scored(employees, List.of(-4, -30, 3, 40), 1, Optional.of(SIGNAL)),
            new PointsTable.Scored(industry, List.of(0, 30, -3, 3)),
            new PointsTable.Scored(sso, List.of(0, 5, -20)),
            new PointsTable.Scored(slack, List.of(6, 4, -1), 1, Optional.of(SIGNAL)),
            new PointsTable.Scored(jira, List.of(0, 2, -2)),
            new PointsTable.Scored(region, List.of(0, 1, -1, 3, -25))),
        List.of(
            new PointsTable.Interaction(
                0,
                1,
                List.of(0, 1, 1, 2),
                List.of(0, 1, 2, 2),
                List.of(List.of(0, 0, 0), List.of(0, 3, -3), List.of(0, -1, 8))),
            new PointsTable.Interaction(
                2,
                5,
                List.of(0, 1, 2),
                List.of(0, 1, 1, 2, 2),
                List.of(List.of(0, 0, 0), List.of(0, 2, -2), List.of(0, 1, 1)))),
        10,
        0);
  }

  private static FitAttribute item(String tool) {
    return new FitAttribute(
        "Tools",
        FitAttribute.Kind.SET_ITEM,
        "technographic",
        ValueType.SET,
        List.of(),
        List.of(tool));
  }

  @Test
  void reasons_areTheSingleAccountScorersWordsForEveryRow() {
    PointsTable points = table();
    boolean[][] absences = {new boolean[6], {false, true, false, false, false, true}};
    int rows = 0;
    for (boolean sided : new boolean[] {false, true}) {
      ScoreTable table = ScoreTable.ofCodes(points, sided);
      for (boolean[] absent : absences) {
        ReasonWriter.Row writer = ReasonWriter.of(table, absent).row();
        for (int[] codes : everyRow(points)) {
          String expected =
              ReasonWords.reasonsBody(table, table.terms(codes, absent), table.sum(codes, absent));
          assertThat(new String(writer.reasons(codes), StandardCharsets.UTF_8)).isEqualTo(expected);
          rows++;
        }
      }
    }
    assertThat(rows).isEqualTo(4 * 4 * 4 * 3 * 3 * 3 * 5);
  }

  @Test
  void reasons_coverMoreThanFiveTermsBothCapsAndNoTerm() {
    ScoreTable table = ScoreTable.ofCodes(table(), false);
    ReasonWriter.Row writer = ReasonWriter.of(table, new boolean[6]).row();
    assertThat(text(writer, 3, 1, 1, 1, 1, 3))
        .isEqualTo(
            "base 50; +40 employees 101+; +30 Industry is Fintech; +5 Has SSO is yes; +4 Tools has"
                + " Slack; +3 R\u00e9gion is APAC; \u22121 from 3 more; \u221231 capped at 100");
    assertThat(text(writer, 1, 2, 2, 2, 2, 4)).endsWith(" capped at 0");
    ReasonWriter.Row noEmployees =
        ReasonWriter.of(table, new boolean[] {true, false, false, false, false, false}).row();
    assertThat(text(noEmployees, 0, 0, 0, 1, 0, 0)).isEqualTo("base 50; +4 Tools has Slack");
    ReasonWriter.Row none =
        ReasonWriter.of(table, new boolean[] {true, false, false, true, true, false}).row();
    assertThat(text(none, 0, 0, 0, 0, 0, 0)).isEqualTo("base 50; average on every attribute");
  }

  @Test
  void of_refusesAnAbsencePerAttributeOfAnotherLength() {
    ScoreTable table = ScoreTable.ofCodes(table(), false);
    assertThatThrownBy(() -> ReasonWriter.of(table, new boolean[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 attributes");
  }

  private static String text(ReasonWriter.Row writer, int... codes) {
    return new String(writer.reasons(codes), StandardCharsets.UTF_8);
  }

  private static List<int[]> everyRow(PointsTable table) {
    List<int[]> rows = new java.util.ArrayList<>();
    int size = table.attributes().size();
    int[] codes = new int[size];
    while (true) {
      rows.add(codes.clone());
      int i = 0;
      while (i < size && ++codes[i] == table.attributes().get(i).points().size()) {
        codes[i++] = 0;
      }
      if (i == size) {
        return rows;
      }
    }
  }
}
