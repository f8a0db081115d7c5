package org.icpengine.data.personas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
  private static final Titles TITLES = Titles.builtIn();

  private static String role(String title) {
    TitleRole role = TITLES.classify(title);
    return role.function() + "/" + role.seniority().key();
  }

  @Test
  void classify_matchesWholeWordsOnly() {
    assertThat(role("City Manager")).isEqualTo("executive/c_level");
    assertThat(role("Publicity Manager")).isEqualTo("marketing/manager");
    assertThat(role("Internal Communications")).isEqualTo("marketing/individual_contributor");
    assertThat(role("Directory Assistant")).isEqualTo("unknown/individual_contributor");
  }

  @Test
  void classify_tellsChiefOfficersFromDirectors() {
    assertThat(role("CTO")).isEqualTo("product_engineering/c_level");
    assertThat(role("Director of Technology")).isEqualTo("it_data/director");
    assertThat(role("Chief of Staff")).isEqualTo("executive/director");
  }

  @Test
  void classify_readsAbbreviations() {
    assertThat(role("SVP Sales")).isEqualTo("sales/vp");
    assertThat(role("EVP, Finance")).isEqualTo("finance/vp");
    assertThat(role("Dir. Marketing")).isEqualTo("marketing/director");
    assertThat(role("Mgr, IT")).isEqualTo("it_data/manager");
    assertThat(role("Sr. Accountant")).isEqualTo("finance/individual_contributor");
    assertThat(role("Jr. Developer")).isEqualTo("product_engineering/individual_contributor");
    assertThat(role("CISO")).isEqualTo("it_data/c_level");
  }

  @Test
  void classify_foldsAccentsAndCase() {
    assertThat(role("DIRECTEUR FINANCIER")).isEqualTo(role("Directeur financier"));
    assertThat(role("Geschaftsfuhrerin")).isEqualTo("executive/c_level");
    assertThat(role("Gerente de Operações")).isEqualTo(role("gerente de operacoes"));
  }

  @Test
  void classify_findsPartsOfGermanCompounds() {
    assertThat(role("Vertriebsleiter")).isEqualTo("sales/director");
    assertThat(role("Vertriebsleiterin")).isEqualTo("sales/director");
    assertThat(role("Teamleiter Vertrieb")).isEqualTo("sales/manager");
    assertThat(role("Einkaufsleiter")).isEqualTo("procurement/director");
    assertThat(role("Softwareentwickler")).isEqualTo("product_engineering/individual_contributor");
  }

  @Test
  void classify_dropsAMatchInsideALongerOne() {
    assertThat(role("Vice President")).isEqualTo("unknown/vp");
    assertThat(role("Assistant to the CFO")).isEqualTo("finance/individual_contributor");
    assertThat(role("Sales Operations Manager")).isEqualTo("sales/manager");
    assertThat(role("Personal Assistant")).isEqualTo("other/individual_contributor");
  }

  @Test
  void classify_takesTheFirstFunctionAndTheHighestSeniority() {
    assertThat(role("Sales Engineer")).isEqualTo("sales/individual_contributor");
    assertThat(role("Data Engineer")).isEqualTo("it_data/individual_contributor");
    assertThat(role("Owner / Manager")).isEqualTo("executive/c_level");
    assertThat(role("Ingeniero de Ventas")).isEqualTo("sales/individual_contributor");
  }

  @Test
  void classify_givesAFunctionWithoutLevelToAnIndividualContributor() {
    assertThat(role("Marketing")).isEqualTo("marketing/individual_contributor");
  }

  @Test
  void classify_leavesUnknownTitlesUnrecognised() {
    TitleRole role = TITLES.classify("Wizard of Light Bulb Moments");
    assertThat(role.recognised()).isFalse();
    assertThat(role.seniority()).isEqualTo(Seniority.UNKNOWN);
    assertThat(TITLES.classify("  ")).isEqualTo(TitleRole.EMPTY);
    assertThat(TITLES.classify(null)).isEqualTo(TitleRole.EMPTY);
  }

  @Test
  void classify_appliesTheUsersRulesOverTheBuiltInOnes() {
    TitleRules mine =
        TitleRules.parse(
            "mine.txt",
            "[function customer_success]\naccount manager\n"
                + "[function wizardry]\nwizard*\n[seniority manager]\nhead\n",
            true);
    Titles titles = new Titles(TitleRules.builtIn().plus(mine));
    assertThat(titles.classify("Account Manager").function()).isEqualTo("customer_success");
    assertThat(titles.classify("Wizards of Sales").function()).isEqualTo("wizardry");
    assertThat(titles.classify("Head of Sales").seniority()).isEqualTo(Seniority.MANAGER);
    assertThat(Titles.builtIn().classify("Head of Sales").seniority())
        .isEqualTo(Seniority.DIRECTOR);
  }
}
