package org.icpengine.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
  /** Names that make "bank", "health" and "group" common words, as in a real file. */
  private static final List<String> BACKGROUND =
      List.of(
          "First National Bank",
          "Bank of Springfield",
          "Harbor Bank",
          "Union Bank Group",
          "Riverside Health",
          "Northwind Health Partners",
          "Summit Health Group",
          "Contoso Group",
          "Fabrikam Group Inc",
          "Initech LLC",
          "Globex Corporation",
          "Umbrella Holdings",
          "Stark Industries",
          "Wayne Enterprises",
          "Tyrell Corp");

  private static List<Party> accounts(String... names) {
    List<Party> parties = new ArrayList<>();
    BACKGROUND.forEach(n -> parties.add(Party.named(n)));
    for (String name : names) {
      parties.add(Party.named(name));
    }
    return parties;
  }

  private static Link only(List<Party> accounts, Party row) {
    return EntityMatcher.of(accounts, List.of(row), MatchThresholds.defaults()).links().get(0);
  }

  private static String name(List<Party> accounts, Link link) {
    return link.account() < 0 ? null : accounts.get(link.account()).name();
  }

  @Test
  void link_doesNotMergeBankOfTheWestWithBankOfTheEast() {
    List<Party> accounts = accounts("Bank of the East");
    Link link = only(accounts, Party.named("Bank of the West"));
    assertThat(link.linked()).isFalse();
  }

  @Test
  void link_mergesAcmeCorporationPtyLtdWithAcmeCorp() {
    List<Party> accounts = accounts("acme corp");
    Link link = only(accounts, Party.named("ACME Corporation Pty Ltd"));
    assertThat(name(accounts, link)).isEqualTo("acme corp");
    assertThat(link.band()).isEqualTo(MatchBand.CERTAIN);
    assertThat(link.reason())
        .isEqualTo("names match after removing 'Corporation Pty Ltd' and 'corp'");
  }

  @Test
  void link_keepsAcmeHealthApartFromAcmeCorpWhenBothExist() {
    List<Party> accounts = accounts("Acme Corp", "Acme Health");
    assertThat(name(accounts, only(accounts, Party.named("Acme Health Inc"))))
        .isEqualTo("Acme Health");
    assertThat(name(accounts, only(accounts, Party.named("ACME Corporation"))))
        .isEqualTo("Acme Corp");
  }

  @Test
  void link_prefersTheSameDomainOverNames() {
    List<Party> accounts = accounts("Acme Corp");
    accounts.add(new Party("Zeta Systems", "https://www.zeta.io", null, null));
    Link link = only(accounts, new Party("Totally Different", "sales@eu.zeta.io", null, null));
    assertThat(name(accounts, link)).isEqualTo("Zeta Systems");
    assertThat(link.reason()).isEqualTo("same domain zeta.io");
    assertThat(link.band()).isEqualTo(MatchBand.CERTAIN);
  }

  @Test
  void link_neverMatchesByFreeMailDomain() {
    List<Party> accounts = accounts();
    accounts.add(new Party("Zeta Systems", "zeta@gmail.com", null, null));
    Link link = only(accounts, new Party("Omega Widgets", "omega@gmail.com", null, null));
    assertThat(link.linked()).isFalse();
  }

  @Test
  void link_forgivesOneTypoInALongRareWord() {
    List<Party> accounts = accounts("Snowflake Computing");
    Link link = only(accounts, Party.named("Snowflkae Computing Inc"));
    assertThat(name(accounts, link)).isEqualTo("Snowflake Computing");
    assertThat(link.linked()).isTrue();
    assertThat(link.reason()).contains("2 of 2 words match (1 with a typo)");
  }

  @Test
  void link_countsACommonExtraWordLittle() {
    List<Party> accounts = accounts("Vandelay Industries");
    Link link = only(accounts, Party.named("Vandelay Industries Group"));
    assertThat(name(accounts, link)).isEqualTo("Vandelay Industries");
    assertThat(link.band()).isEqualTo(MatchBand.LIKELY);
    assertThat(link.reason()).contains("'group' missing counts little");
  }

  @Test
  void link_sendsADifferentCountryToReview() {
    List<Party> accounts = accounts();
    accounts.add(new Party("Vandelay Industries", null, "Germany", null));
    Link link = only(accounts, new Party("Vandelay Industries", null, "US", null));
    assertThat(link.band()).isEqualTo(MatchBand.REVIEW);
    assertThat(link.reason()).contains("different country (United States, Germany)");
  }

  @Test
  void link_sendsTwoAccountsWithOneNameToReview() {
    List<Party> accounts = accounts("Vandelay Industries", "Vandelay Industries Ltd");
    Link link = only(accounts, Party.named("Vandelay Industries"));
    assertThat(link.band()).isEqualTo(MatchBand.REVIEW);
    assertThat(link.reason()).contains("another account is as close");
  }

  @Test
  void link_saysSameCountryWhenBothHaveIt() {
    List<Party> accounts = accounts();
    accounts.add(new Party("Vandelay Industries Pty Ltd", null, "Australia", "Sydney"));
    Link link = only(accounts, new Party("Vandelay Industries", null, "AU", "sydney"));
    assertThat(link.band()).isEqualTo(MatchBand.CERTAIN);
    assertThat(link.reason())
        .isEqualTo("names match after removing 'Pty Ltd', same country, same city");
  }
}
