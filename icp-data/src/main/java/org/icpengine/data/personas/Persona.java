package org.icpengine.data.personas;

import java.util.List;
import java.util.Locale;

/**
 * A kind of person on a buying committee: a function, a seniority, or both. A persona matches a
 * contact whose title says that function (any level when the seniority is {@link #ANY}) and that
 * seniority (any function when the function is {@link #ANY}); the seniority {@link #VP_OR_ABOVE}
 * stands for VP or C-level together.
 *
 * @param function a function key of {@link TitleRole}, or {@link #ANY}
 * @param seniority a {@link Seniority} key, {@link #VP_OR_ABOVE}, or {@link #ANY}
 */
public record Persona(String function, String seniority) {
  /** Any function, or any seniority. */
  public static final String ANY = "any";

  /** VP or C-level: the level executive sponsors sit at. */
  public static final String VP_OR_ABOVE = "vp_or_above";

  /** Checks that the persona names at least a function or a seniority. */
  public Persona {
    if (ANY.equals(function) && ANY.equals(seniority)) {
      throw new IllegalArgumentException("a persona names a function, a seniority or both");
    }
  }

  /** Returns the persona's levels of seniority as {@link Seniority} keys (empty for any). */
  public List<String> seniorities() {
    if (ANY.equals(seniority)) {
      return List.of();
    }
    if (VP_OR_ABOVE.equals(seniority)) {
      return List.of(Seniority.C_LEVEL.key(), Seniority.VP.key());
    }
    return List.of(seniority);
  }

  /** Returns how specific the persona is: 2 for a function and a seniority, else 1. */
  public int specificity() {
    return ANY.equals(function) || ANY.equals(seniority) ? 1 : 2;
  }

  /**
   * Returns a label for people: "finance, director", "finance (any level)", "VP or C-level (any
   * function)".
   */
  public String label() {
    if (ANY.equals(seniority)) {
      return words(function) + " (any level)";
    }
    if (ANY.equals(function)) {
      return level() + " (any function)";
    }
    return words(function) + ", " + level();
  }

  /**
   * Returns the gap phrase of a missing persona: "a finance contact", "a VP or C-level contact".
   */
  public String contactPhrase() {
    if (ANY.equals(seniority)) {
      return words(function) + " contact";
    }
    if (ANY.equals(function)) {
      return level() + " contact";
    }
    return words(function) + " " + level() + " contact";
  }

  private String level() {
    return switch (seniority) {
      case VP_OR_ABOVE -> "VP or C-level";
      case "c_level" -> "C-level";
      case "vp" -> "VP";
      default -> words(seniority);
    };
  }

  private static String words(String key) {
    return switch (key) {
      case "it_data" -> "IT/data";
      case "hr" -> "HR";
      case "product_engineering" -> "product/engineering";
      default -> key.replace('_', ' ').toLowerCase(Locale.ROOT);
    };
  }
}
