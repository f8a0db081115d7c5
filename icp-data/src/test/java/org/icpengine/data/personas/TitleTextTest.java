package org.icpengine.data.personas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleTextTest {
  @Test
  void fold_removesAccentsAndCase() {
    assertThat(TitleText.fold("Directrice Générale")).isEqualTo("directrice generale");
    assertThat(TitleText.fold("GESCHÄFTSFÜHRERIN")).isEqualTo("geschaftsfuhrerin");
    assertThat(TitleText.fold("Diretor de Operações")).isEqualTo("diretor de operacoes");
  }

  @Test
  void fold_turnsEszettIntoDoubleS() {
    assertThat(TitleText.fold("Außendienst")).isEqualTo("aussendienst");
  }

  @Test
  void fold_joinsDottedAbbreviationsAndBreaksAtOtherPunctuation() {
    assertThat(TitleText.fold("V.P. Sales")).isEqualTo("vp sales");
    assertThat(TitleText.fold("C.E.O")).isEqualTo("ceo");
    assertThat(TitleText.fold("Sr. Dir., Sales/Marketing")).isEqualTo("sr dir sales marketing");
    assertThat(TitleText.fold("IT-Leiter (m/w/d)")).isEqualTo("it leiter m w d");
    assertThat(TitleText.fold("Chargé d'affaires")).isEqualTo("charge d affaires");
  }

  @Test
  void fold_keepsAmpersandAsAWord() {
    assertThat(TitleText.fold("R&D Manager")).isEqualTo("r & d manager");
  }

  @Test
  void words_ofBlankTitleAreNone() {
    assertThat(TitleText.words("  - ")).isEmpty();
  }
}
