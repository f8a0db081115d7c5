package org.icpengine.data.personas;

/**
 * What a title says about its holder.
 *
 * @param function the function key, e.g. {@code sales}; {@link #UNKNOWN_FUNCTION} when no function
 *     rule matched
 * @param seniority the level; {@link Seniority#INDIVIDUAL_CONTRIBUTOR} when a function matched but
 *     no seniority word, {@link Seniority#UNKNOWN} when neither matched
 */
public record TitleRole(String function, Seniority seniority) {
  /** The function of a title no function rule matched. */
  public static final String UNKNOWN_FUNCTION = "unknown";

  /** The role of an empty title. */
  public static final TitleRole EMPTY = new TitleRole(UNKNOWN_FUNCTION, Seniority.UNKNOWN);

  /** Returns whether a function rule matched: a title without one is counted as unrecognised. */
  public boolean recognised() {
    return !function.equals(UNKNOWN_FUNCTION);
  }
}
