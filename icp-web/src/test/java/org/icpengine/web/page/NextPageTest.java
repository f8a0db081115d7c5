package org.icpengine.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NextPageTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/w/acme",
        "/w/acme/versions/3?tab=traits#comments",
        "/w/acme/score?q=%2F%2Fevil.test",
        "/w/caf\u00e9"
      })
  void orStart_keepsPathsOnThisSite(String next) {
    assertThat(NextPage.orStart(next)).isEqualTo(next);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "//evil.test",
        "//evil.test/w/acme",
        "/\\evil.test",
        "\\\\evil.test",
        "/w/acme\\..\\evil",
        "https://evil.test/",
        "http:/evil.test",
        "javascript:alert(1)",
        "evil.test",
        "w/acme",
        "/\t/evil.test",
        "/\n/evil.test",
        "/\r\nSet-Cookie: x=y",
        "/w/acme\u0000",
        "/w/acme\u007f",
        "/w/acme\u0085",
        "/ /evil.test",
        "/\u3000/evil.test"
      })
  void orStart_sendsEverythingElseToTheStartPage(String next) {
    assertThat(NextPage.orStart(next)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(ints = {2001, 10_000})
  void orStart_refusesOverlongAddresses(int length) {
    assertThat(NextPage.orStart("/" + "a".repeat(length - 1))).isEqualTo("/");
  }
}
