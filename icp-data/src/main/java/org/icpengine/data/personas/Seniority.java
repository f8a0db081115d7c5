package org.icpengine.data.personas;

import java.util.Locale;

/**
 * How senior a title is, from the top of a company down. The level comes from the title's words,
 * not from headcount: an account manager is a manager, a head of a department a director.
 */
public enum Seniority {
  /** Owners, founders, presidents, chief officers, managing directors, general managers. */
  C_LEVEL,
  /** Vice presidents of every kind (SVP, EVP, AVP), superintendents. */
  VP,
  /** Directors, heads of, Leiter, directeurs, directores, diretores. */
  DIRECTOR,
  /** Managers, team leads, responsables, jefes, gerentes, coordenadores, supervisors. */
  MANAGER,
  /** Everyone else with a recognised title: analysts, engineers, representatives, assistants. */
  INDIVIDUAL_CONTRIBUTOR,
  /** No seniority word and no function word: the title was not recognised. */
  UNKNOWN;

  /** Returns the key written in files and JSON, e.g. {@code c_level}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the seniority of a key.
   *
   * @throws IllegalArgumentException when the key names no level of the scale
   */
  public static Seniority of(String key) {
    for (Seniority level : values()) {
      if (level != UNKNOWN && level.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "seniority '"
            + key
            + "' is not on the scale: use c_level, vp, director, manager or"
            + " individual_contributor");
  }
}
