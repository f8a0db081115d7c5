package org.icpengine.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets (API tokens, session ids, CSRF tokens) and the SHA-256 digests under which the
 * first two are stored: they carry 256 random bits, so a fast digest is safe where a password would
 * need a slow hash.
 */
public final class Secrets {
  /** The start of every API token, so scanners and people can tell one. */
  public static final String TOKEN_PREFIX = "icp_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** Returns 256 random bits, base64url without padding. */
  public static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Returns a new API token. */
  public static String token() {
    return TOKEN_PREFIX + random();
  }

  /** Returns the hex SHA-256 digest of a secret. */
  public static String digest(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
