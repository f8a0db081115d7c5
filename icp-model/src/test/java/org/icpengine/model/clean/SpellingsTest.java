package org.icpengine.model.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpellingsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"Health Tech", "HealthTech", "health-tech", " HEALTH_TECH ", "Health.Tech"})
  void key_ignoresCaseSpacesAndPunctuation(String spelling) {
    assertThat(Spellings.key(spelling)).isEqualTo(Spellings.key("Healthtech"));
  }

  @Test
  void key_ignoresAccentsButKeepsDigits() {
    assertThat(Spellings.key("Café Crème 2")).isEqualTo("cafecreme2");
    assertThat(Spellings.key("Web 3")).isNotEqualTo(Spellings.key("Web 2"));
  }

  @Test
  void key_keepsValuesMadeOnlyOfPunctuationApart() {
    assertThat(Spellings.key(" + ")).isEqualTo("+");
    assertThat(Spellings.key("+")).isNotEqualTo(Spellings.key("#"));
  }

  @Test
  void fold_mapsEverySpellingToTheMostUsedOne() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Health Tech", 3L);
    counts.put("HealthTech", 12L);
    counts.put("health-tech", 1L);
    counts.put("Fintech", 5L);

    Map<String, String> canonical = Spellings.fold(counts);

    assertThat(canonical)
        .containsEntry("Health Tech", "HealthTech")
        .containsEntry("HealthTech", "HealthTech")
        .containsEntry("health-tech", "HealthTech")
        .containsEntry("Fintech", "Fintech")
        .hasSize(4);
  }

  @Test
  void fold_breaksTiesByCasingThenAlphabetically() {
    Map<String, Long> casing = new LinkedHashMap<>();
    casing.put("fintech", 2L);
    casing.put("FINTECH", 2L);
    casing.put("Fintech", 2L);
    Map<String, Long> alphabet = new LinkedHashMap<>();
    alphabet.put("Fintech", 2L);
    alphabet.put("FinTech", 2L);

    assertThat(Spellings.fold(casing).values()).containsOnly("Fintech");
    assertThat(Spellings.fold(alphabet).values()).containsOnly("FinTech");
  }

  @Test
  void fold_doesNotDependOnTheOrderOfTheCounts() {
    Map<String, Long> forward = new LinkedHashMap<>();
    forward.put("e-Commerce", 4L);
    forward.put("Ecommerce", 4L);
    forward.put("E Commerce", 4L);
    Map<String, Long> backward = new LinkedHashMap<>();
    backward.put("E Commerce", 4L);
    backward.put("Ecommerce", 4L);
    backward.put("e-Commerce", 4L);

    assertThat(Spellings.fold(forward)).isEqualTo(Spellings.fold(backward));
    assertThat(Spellings.fold(forward).values()).containsOnly("E Commerce");
  }

  @Test
  void fold_keepsDifferentValuesApart() {
    Map<String, Long> counts = Map.of("Fintech", 1L, "Edtech", 9L);

    assertThat(Spellings.fold(counts))
        .containsEntry("Fintech", "Fintech")
        .containsEntry("Edtech", "Edtech");
  }
}
