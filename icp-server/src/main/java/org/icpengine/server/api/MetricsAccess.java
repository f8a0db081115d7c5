package org.icpengine.server.api;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.icpengine.server.ServerException;

/**
 * Who may read {@code /metrics}: by default only this machine (a request from 127.0.0.0/8 or ::1
 * that no proxy forwarded); with a metrics token ({@code --metrics-token} or {@value
 * #TOKEN_VARIABLE}) only a caller sending {@code Authorization: Bearer TOKEN}, from anywhere.
 */
public final class MetricsAccess {
  /** The environment variable holding the metrics token. */
  public static final String TOKEN_VARIABLE = "ICP_METRICS_TOKEN";

  /** The fewest characters a metrics token may have. */
  public static final int MIN_TOKEN_LENGTH = 16;

  private static final List<String> PROXY_HEADERS =
      List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

  private final byte[] token;

  private MetricsAccess(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the rule that lets only this machine read the metrics. */
  public static MetricsAccess loopbackOnly() {
    return new MetricsAccess(null);
  }

  /**
   * Returns the rule the environment sets: a token when {@value #TOKEN_VARIABLE} is set, else this
   * machine only.
   *
   * @throws ServerException when the token is shorter than {@value #MIN_TOKEN_LENGTH} characters
   */
  public static MetricsAccess from(Map<String, String> environment) {
    String token = environment.getOrDefault(TOKEN_VARIABLE, "").trim();
    if (token.isEmpty()) {
      return loopbackOnly();
    }
    if (token.length() < MIN_TOKEN_LENGTH) {
      throw ServerException.badRequest(
          "the metrics token must have at least "
              + MIN_TOKEN_LENGTH
              + " characters: make one with, e.g., openssl rand -hex 24");
    }
    return new MetricsAccess(token);
  }

  /**
   * Checks the request may read the metrics.
   *
   * @throws ServerException 401 without the metrics token when one is set, 403 from another machine
   *     when none is
   */
  void check(Context ctx) {
    if (token != null) {
      String sent = ctx.header("Authorization");
      boolean ok =
          sent != null
              && sent.regionMatches(true, 0, "Bearer ", 0, 7)
              && MessageDigest.isEqual(
                  token, sent.substring(7).trim().getBytes(StandardCharsets.UTF_8));
      if (!ok) {
        throw new ServerException(
            ServerException.Kind.UNAUTHORIZED,
            "send the metrics token as 'Authorization: Bearer TOKEN' (set by --metrics-token)");
      }
      return;
    }
    boolean forwarded = PROXY_HEADERS.stream().anyMatch(h -> ctx.header(h) != null);
    if (forwarded || !isLoopback(ctx.req().getRemoteAddr())) {
      throw ServerException.forbidden(
          "the metrics are served only to this machine: start the server with --metrics-token"
              + " (or "
              + TOKEN_VARIABLE
              + ") to scrape them from elsewhere");
    }
  }

  /** Returns whether the address (an IP literal) is this machine's loopback. */
  static boolean isLoopback(String address) {
    String literal = address == null ? "" : address.replace("[", "").replace("]", "");
    // only IP literals: a host name is never resolved here
    if (!literal.matches("[0-9.]+|[0-9a-fA-F:.%]*:[0-9a-fA-F:.%]*")) {
      return false;
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
