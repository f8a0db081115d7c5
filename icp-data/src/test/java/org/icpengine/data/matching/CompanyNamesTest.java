package org.icpengine.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {
  @Test
  void fold_removesStackedLegalFormsAndKeepsThemAsWritten() {
    CompanyName name = CompanyNames.fold("ACME Corporation Pty Ltd");
    assertThat(name.words()).containsExactly("acme");
    assertThat(name.legalForm()).isEqualTo("Corporation Pty Ltd");
    assertThat(CompanyNames.fold("acme corp").key()).isEqualTo("acme");
  }

  @Test
  void fold_readsDottedFormsAndAccents() {
    assertThat(CompanyNames.fold("Société Générale S.A.").key()).isEqualTo("societe generale");
    assertThat(CompanyNames.fold("Müller & Söhne GmbH").key()).isEqualTo("muller sohne");
    assertThat(CompanyNames.fold("Construtora Alfa Ltda.").legalForm()).isEqualTo("Ltda.");
  }

  @Test
  void fold_dropsStopWordsAndWritesOutAbbreviations() {
    assertThat(CompanyNames.fold("The Bank of the West").words()).containsExactly("bank", "west");
    assertThat(CompanyNames.fold("Globex Intl Mfg").key())
        .isEqualTo("globex international manufacturing");
  }

  @Test
  void fold_keepsAWordWhenTheNameIsOnlyALegalFormOrStopWords() {
    assertThat(CompanyNames.fold("The").words()).containsExactly("the");
    assertThat(CompanyNames.fold("Co").words()).containsExactly("co");
    assertThat(CompanyNames.fold("  ").isEmpty()).isTrue();
  }
}
