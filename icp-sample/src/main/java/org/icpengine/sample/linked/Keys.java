package org.icpengine.sample.linked;

import java.util.SplittableRandom;
import org.icpengine.sample.Ids;

/**
 * Record ids of the linked export, unique across accounts: the account's index times {@link
 * #STRIDE} plus a running number within the account, salted per object by the seed.
 */
record Keys(long accountSalt, long opportunitySalt, long contactSalt, long roleSalt) {
  /** The most records of one object one account may have. */
  static final int STRIDE = 1024;

  static Keys draw(SplittableRandom rnd) {
    return new Keys(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
  }

  String account(int index) {
    return Ids.salesforce("001", index, accountSalt);
  }

  String opportunity(int account, int local) {
    return Ids.salesforce("006", within(account, local), opportunitySalt);
  }

  String contact(int account, int local) {
    return Ids.salesforce("003", within(account, local), contactSalt);
  }

  String role(int account, int local) {
    return Ids.salesforce("00K", within(account, local), roleSalt);
  }

  /** Returns a billing-system id like {@code "SUB-00012345"}. */
  static String subscription(int account, int local) {
    return String.format("SUB-%08d", within(account, local));
  }

  /** Returns a survey tool's response id like {@code "R_000004201"}. */
  static String response(int account, int local) {
    return String.format("R_%09d", within(account, local));
  }

  private static long within(int account, int local) {
    if (local >= STRIDE) {
      throw new IllegalStateException("more than " + STRIDE + " records for account " + account);
    }
    return (long) account * STRIDE + local;
  }
}
