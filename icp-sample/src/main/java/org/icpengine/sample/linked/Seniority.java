package org.icpengine.sample.linked;

/** A contact's seniority, highest first. */
enum Seniority {
  C_LEVEL,
  VP,
  DIRECTOR,
  HEAD,
  MANAGER,
  INDIVIDUAL;

  /** Returns whether the seniority is VP or above, the level the buying committees plant. */
  boolean vpOrAbove() {
    return this == C_LEVEL || this == VP;
  }
}
