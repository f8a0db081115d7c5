package org.icpengine.sample;

/**
 * Record ids in CRM styles. Each maps a row index through a bijection, so ids are unique without
 * remembering the ones already issued, and a salt makes them differ between seeds.
 */
public final class Ids {
  private static final String ALPHANUMERICS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final long SALESFORCE_SPACE = 3_521_614_606_208L; // 62^7
  private static final long SALESFORCE_STEP = 1_000_000_007L; // coprime with 62
  private static final long HUBSPOT_BASE = 10_000_000_000L;
  private static final long HUBSPOT_SPACE = 90_000_000_000L; // ids stay 11 digits
  private static final long HUBSPOT_STEP = 7_919L; // coprime with 2, 3 and 5

  private Ids() {}

  /** Returns a Salesforce-style id like {@code "001A0000x7Kq2Zb"}, unique per index below 62^7. */
  public static String salesforce(long index, long salt) {
    return salesforce("001", index, salt);
  }

  /**
   * Returns a Salesforce-style id with an object's three-character key prefix ({@code "006"} for
   * opportunities, {@code "003"} for contacts, {@code "00K"} for contact roles), unique per index
   * below 62^7.
   */
  public static String salesforce(String keyPrefix, long index, long salt) {
    if (keyPrefix.length() != 3) {
      throw new IllegalArgumentException("a key prefix has 3 characters, not '" + keyPrefix + "'");
    }
    long code = Math.floorMod(index * SALESFORCE_STEP + salt, SALESFORCE_SPACE);
    char[] suffix = new char[7];
    for (int i = 6; i >= 0; i--) {
      suffix[i] = ALPHANUMERICS.charAt((int) (code % 62));
      code /= 62;
    }
    return keyPrefix + "A0000" + new String(suffix);
  }

  /** Returns a HubSpot-style numeric id like {@code "48213377190"}, unique per index. */
  static String hubspot(long index, long salt) {
    return Long.toString(HUBSPOT_BASE + Math.floorMod(index * HUBSPOT_STEP + salt, HUBSPOT_SPACE));
  }
}
