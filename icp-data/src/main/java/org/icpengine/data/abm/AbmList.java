package org.icpengine.data.abm;

import java.util.List;

/**
 * The ranked ABM list of a prospect file.
 *
 * @param file the prospect file's name
 * @param prospects its rows
 * @param ranked the scored prospects ranked (unscored and disqualified ones are not)
 * @param targets the first {@code top} of them, in rank order
 * @param rule the ranking rule in words
 * @param notes what the reader must know (prospects left out, missing CAC, …)
 */
public record AbmList(
    String file,
    long prospects,
    long ranked,
    List<AbmTarget> targets,
    String rule,
    List<String> notes) {

  /** Copies the lists. */
  public AbmList {
    targets = List.copyOf(targets);
    notes = List.copyOf(notes);
  }
}
