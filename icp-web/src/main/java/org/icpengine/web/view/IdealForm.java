package org.icpengine.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ideal builder's form on a dataset's page: the outcomes picked, their numbers, the definition
 * (generated from the outcomes, or typed by an analyst), and a refusal with the field it belongs
 * next to. Everything typed is kept when the form comes back refused.
 *
 * @param outcomes the outcomes picked: won, not-churned, ltv-top, nrr, ltv-cac
 * @param ltvTop the top share of LTV, in percent
 * @param nrr the least NRR, in the file's units
 * @param ltvCac the least LTV:CAC
 * @param ideal the definition in the ideal language, or empty
 * @param field the field the error belongs next to ("outcomes" or "ideal"), or empty
 * @param error what is wrong, in words, or empty
 */
public record IdealForm(
    Set<String> outcomes,
    String ltvTop,
    String nrr,
    String ltvCac,
    String ideal,
    String field,
    String error) {
  /** The outcomes the builder offers, in the order shown. */
  public static final List<String> OUTCOMES =
      List.of("won", "not-churned", "ltv-top", "nrr", "ltv-cac");

  private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  /** Copies the outcomes. */
  public IdealForm {
    outcomes = Set.copyOf(outcomes);
  }

  /** The form as first shown: nothing picked, the usual numbers, the definition given (if any). */
  public static IdealForm empty(String ideal) {
    return new IdealForm(Set.of(), "25", "100", "3", ideal == null ? "" : ideal, "", "");
  }

  /** Returns whether an outcome is picked. */
  public boolean picked(String outcome) {
    return outcomes.contains(outcome);
  }

  /** Returns the same form refused, with the error next to the field. */
  public IdealForm refused(String where, String message) {
    return new IdealForm(outcomes, ltvTop, nrr, ltvCac, ideal, where, message);
  }

  /** Returns whether the error belongs next to this field. */
  public boolean at(String name) {
    return !error.isEmpty() && field.equals(name);
  }

  /**
   * Returns the picked outcomes in {@code IdealPreset}'s syntax, e.g. {@code won,ltv-top=25%}, or
   * empty when none is picked.
   *
   * @throws IllegalArgumentException naming the number that is not a plain number
   */
  public String preset() {
    List<String> terms = new ArrayList<>();
    for (String outcome : OUTCOMES) {
      if (!outcomes.contains(outcome)) {
        continue;
      }
      switch (outcome) {
        case "ltv-top":
          terms.add("ltv-top=" + number(ltvTop, "the top share of LTV") + "%");
          break;
        case "nrr":
          terms.add("nrr>=" + number(nrr, "the least NRR"));
          break;
        case "ltv-cac":
          terms.add("ltv-cac>=" + number(ltvCac, "the least LTV:CAC"));
          break;
        default:
          terms.add(outcome);
      }
    }
    return String.join(",", terms);
  }

  private static String number(String text, String what) {
    String value = text == null ? "" : text.strip();
    if (!NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must be a plain number such as 25 or 1.5, not '" + value + "'");
    }
    return value;
  }
}
