package org.icpengine.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainsTest {
  @Test
  void registrable_foldsSchemesWwwPathsPortsAndSubDomains() {
    assertThat(Domains.registrable("https://www.Acme.com/about?x=1")).hasValue("acme.com");
    assertThat(Domains.registrable("http://shop.acme.co.uk:8080/")).hasValue("acme.co.uk");
    assertThat(Domains.registrable("eu.app.acme.io.")).hasValue("acme.io");
    assertThat(Domains.registrable("jane.doe@mail.acme.de")).hasValue("acme.de");
  }

  @Test
  void registrable_isEmptyForPublicSuffixesAddressesAndBlanks() {
    assertThat(Domains.registrable("co.uk")).isEmpty();
    assertThat(Domains.registrable("s3.amazonaws.com")).isEmpty();
    assertThat(Domains.registrable("10.0.0.1")).isEmpty();
    assertThat(Domains.registrable("  ")).isEmpty();
    assertThat(Domains.registrable(null)).isEmpty();
    assertThat(Domains.registrable("not a domain")).isEmpty();
  }

  @Test
  void companyKey_neverUsesFreeMail() {
    assertThat(Domains.companyKey("someone@gmail.com")).isEmpty();
    assertThat(Domains.companyKey("https://mail.yahoo.co.uk")).isEmpty();
    assertThat(Domains.companyKey("someone@acme.com")).hasValue("acme.com");
  }
}
