package org.icpengine.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes with Argon2id at OWASP's recommended cost (19 MiB, 2 passes, 1 lane), in the
 * usual {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} form so the cost can rise later without
 * invalidating stored hashes.
 */
public final class Passwords {
  private static final int MEMORY_KIB = 19_456;
  private static final int PASSES = 2;
  private static final int LANES = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  /** The fewest characters a password may have. */
  public static final int MIN_LENGTH = 10;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODE = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getDecoder();

  private Passwords() {}

  /** Returns the password's hash with a fresh salt. */
  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = argon2(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES);
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + PASSES
        + ",p="
        + LANES
        + "$"
        + ENCODE.encodeToString(salt)
        + "$"
        + ENCODE.encodeToString(hash);
  }

  /** Returns whether the password matches the stored hash; false for a hash it cannot read. */
  public static boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id")) {
      return false;
    }
    int memory = 0;
    int passes = 0;
    int lanes = 0;
    for (String setting : parts[3].split(",")) {
      String[] pair = setting.split("=");
      if (pair.length != 2) {
        return false;
      }
      int value = Integer.parseInt(pair[1]);
      switch (pair[0]) {
        case "m":
          memory = value;
          break;
        case "t":
          passes = value;
          break;
        case "p":
          lanes = value;
          break;
        default:
          return false;
      }
    }
    byte[] salt = DECODE.decode(parts[4]);
    byte[] expected = DECODE.decode(parts[5]);
    byte[] actual = argon2(password, salt, memory, passes, lanes, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Checks a new password is long enough.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static void checkNew(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "the password must have at least " + MIN_LENGTH + " characters");
    }
  }

  private static byte[] argon2(
      String password, byte[] salt, int memory, int passes, int lanes, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memory)
            .withIterations(passes)
            .withParallelism(lanes)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
