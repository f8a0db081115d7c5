package org.icpengine.data.personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleRulesTest {
  @Test
  void parse_foldsPatternsAndKeepsCompoundStars() {
    TitleRules rules =
        TitleRules.parse("r.txt", "# c\n[function sales]\nVertrieb*\n*Leiter  # x\nR&D\n", false);
    assertThat(rules.rules())
        .extracting(TitleRule::pattern)
        .containsExactly("vertrieb*", "*leiter", "r & d");
  }

  @Test
  void parse_refusesASeniorityOffTheScale() {
    assertThatThrownBy(() -> TitleRules.parse("r.txt", "[seniority boss]\nboss\n", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r.txt line 1")
        .hasMessageContaining("c_level, vp, director, manager or individual_contributor");
  }

  @Test
  void parse_refusesAPatternBeforeAnySection() {
    assertThatThrownBy(() -> TitleRules.parse("r.txt", "\nsales\n", true))
        .hasMessageContaining("r.txt line 2: a pattern before any section");
  }

  @Test
  void parse_refusesAStarInsideAWordAndAPatternOfStarsOnly() {
    assertThatThrownBy(() -> TitleRules.parse("r.txt", "[function sales]\nver*trieb\n", true))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> TitleRules.parse("r.txt", "[function sales]\n* *\n", true))
        .hasMessageContaining("needs a word that is not *");
  }

  @Test
  void read_turnsABadFileIntoOneLineOfBadInput(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("rules.txt"), "[function Sales Ops]\nx\n");
    assertThatThrownBy(() -> TitleRules.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("rules.txt line 1:");
    assertThatThrownBy(() -> TitleRules.read(dir.resolve("missing.txt")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("check the path");
  }

  @Test
  void plus_replacesBuiltInRulesWithTheSamePattern() {
    TitleRules builtIn = TitleRules.builtIn();
    TitleRules mine = TitleRules.parse("m.txt", "[function hr]\nhead of people\npeople\n", true);
    TitleRules both = builtIn.plus(mine);
    assertThat(both.rules()).hasSize(builtIn.rules().size() + 1);
    assertThat(both.rules().stream().filter(r -> r.pattern().equals("people")))
        .singleElement()
        .matches(TitleRule::user);
  }

  @Test
  void builtIn_coversEveryLevelAndTheTwelveFunctions() {
    assertThat(TitleRules.builtIn().rules())
        .extracting(TitleRule::value)
        .contains(
            "sales",
            "marketing",
            "finance",
            "it_data",
            "operations",
            "hr",
            "product_engineering",
            "executive",
            "customer_success",
            "legal",
            "procurement",
            "other",
            "c_level",
            "vp",
            "director",
            "manager",
            "individual_contributor");
  }
}
