package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.testing.TestServer;
import org.icpengine.testkit.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may read /metrics: this machine by default, else whoever has the metrics token. */
class MetricsAccessTest {
  private static final String TOKEN = "metrics-token-0123456789abcdef";

  @TempDir Path data;

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1", "[::1]"})
  void isLoopback_acceptsThisMachine(String address) {
    assertThat(MetricsAccess.isLoopback(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"192.0.2.10", "10.0.0.1", "::ffff:192.0.2.10", "2001:db8::1", "localhost", ""})
  void isLoopback_refusesEverythingElse(String address) {
    assertThat(MetricsAccess.isLoopback(address)).isFalse();
  }

  @Test
  void from_refusesAShortToken() {
    assertThatThrownBy(() -> MetricsAccess.from(Map.of(MetricsAccess.TOKEN_VARIABLE, "short")))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("at least 16 characters");
  }

  @Test
  void metrics_answerOnlyThisMachineByDefault() {
    try (TestServer server = new TestServer(Backend.H2, data)) {
      Http local = server.anonymous();
      assertThat(local.get("/health").status()).isEqualTo(200);
      Http.Answer scraped = local.get("/metrics");
      assertThat(scraped.status()).isEqualTo(200);
      assertThat(scraped.text()).contains("icp_http_requests_total");
      Http.Answer proxied = local.with("X-Forwarded-For", "192.0.2.10").get("/metrics");
      assertThat(proxied.status()).isEqualTo(403);
      assertThat(proxied.text()).contains("--metrics-token").doesNotContain("icp_http");
      assertThat(local.with("Forwarded", "for=192.0.2.10").get("/metrics").status()).isEqualTo(403);
    }
  }

  @Test
  void metrics_needTheTokenWhenOneIsSet() {
    try (TestServer server =
        new TestServer(Backend.H2, data, 64L << 20, Map.of(MetricsAccess.TOKEN_VARIABLE, TOKEN))) {
      Http local = server.anonymous();
      assertThat(local.get("/metrics").status()).isEqualTo(401);
      assertThat(local.withToken(TOKEN + "x").get("/metrics").status()).isEqualTo(401);
      assertThat(local.withToken(server.admin).get("/metrics").status()).isEqualTo(401);
      Http.Answer scraped =
          local.withToken(TOKEN).with("X-Forwarded-For", "192.0.2.10").get("/metrics");
      assertThat(scraped.status()).isEqualTo(200);
      assertThat(scraped.text()).contains("icp_http_requests_total");
    }
  }
}
