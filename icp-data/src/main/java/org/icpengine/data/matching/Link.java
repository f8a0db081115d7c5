package org.icpengine.data.matching;

/**
 * Which account a row is about, how sure, and why.
 *
 * @param account the account's position in the list matched against; -1 when none is close
 * @param score the evidence in [0, 1]: 1 for the same domain, else the names' soft TF-IDF score
 * @param band how sure the link is
 * @param reason the reason in words ("same domain acme.com", "names match after removing 'Pty
 *     Ltd'", "2 of 3 words match, same country")
 */
public record Link(int account, double score, MatchBand band, String reason) {
  /** Returns the link of a row nothing is close to. */
  public static Link none(String reason) {
    return new Link(-1, 0, MatchBand.NO_MATCH, reason);
  }

  /** Returns whether the row links to an account without a person's decision. */
  public boolean linked() {
    return band.linked() && account >= 0;
  }
}
