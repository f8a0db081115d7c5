package org.icpengine.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WayBackTest {
  @Test
  void of_sendsARefusedFormBackToThePageItWasOn() {
    assertThat(WayBack.of("POST", "/w/acme/versions/3/edit", "tier A must be …").href())
        .isEqualTo("/w/acme/versions/3");
    assertThat(WayBack.of("POST", "/w/acme/datasets/5/derive", "x").href())
        .isEqualTo("/w/acme/datasets/5");
    assertThat(WayBack.of("POST", "/w/acme/tokens/revoke", "x").href())
        .isEqualTo("/w/acme/settings");
    assertThat(WayBack.of("POST", "/w/acme/versions/import", "x").href())
        .isEqualTo("/w/acme/versions");
    assertThat(WayBack.of("POST", "/w/acme/data", "x").href()).isEqualTo("/w/acme/data");
  }

  @Test
  void of_sendsAPageThatCannotBeShownToTheListAboveIt() {
    assertThat(WayBack.of("GET", "/w/acme/versions/99", "no version 99").href())
        .isEqualTo("/w/acme/versions");
    assertThat(WayBack.of("GET", "/w/acme/jobs/7", "x").href()).isEqualTo("/w/acme/data");
    assertThat(WayBack.of("GET", "/w/acme/teams/legal", "x").href()).isEqualTo("/w/acme");
    assertThat(WayBack.of("GET", "/w/acme/nothing", "x").label())
        .isEqualTo("Back to the dashboard");
  }

  @Test
  void of_sendsSomeoneOutsideTheWorkspaceToTheStartPage() {
    assertThat(WayBack.of("GET", "/w/globex/versions", "no access to workspace 'globex'").href())
        .isEqualTo("/");
    assertThat(WayBack.of("GET", "/w/acme", "x").href()).isEqualTo("/");
    assertThat(WayBack.of("GET", "/nowhere", "x").href()).isEqualTo("/");
  }
}
