package org.icpengine.data.fit;

/** Reads the numbers back out of a row's reasons, to check they add up. */
final class Reasons {
  private Reasons() {}

  /**
   * Returns the base plus every signed number that starts a part of the reasons: the contributions,
   * the sum of the rest and the cap.
   */
  static int sum(String reasons) {
    int sum = 0;
    for (String part : reasons.split("; ")) {
      if (part.startsWith("base ")) {
        sum += Integer.parseInt(part.substring(5));
      } else if (part.startsWith("+") || part.startsWith("−")) {
        int end = part.indexOf(' ');
        int value = Integer.parseInt(part.substring(1, end));
        sum += part.startsWith("+") ? value : -value;
      }
    }
    return sum;
  }
}
