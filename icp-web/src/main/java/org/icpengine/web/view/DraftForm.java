package org.icpengine.web.view;

import java.util.Map;

/**
 * A draft edit the server refused, shown again on the version's page: which form, the field the
 * error belongs next to, the error in words, and what was typed (kept in the fields).
 *
 * @param form "tiers", "disqualifier" or "trait"; empty when no edit was refused
 * @param field the field the error is about (such as "tier_b"), or the form's name
 * @param error what is wrong and what to do
 * @param kept the values typed, by field
 */
public record DraftForm(String form, String field, String error, Map<String, String> kept) {
  /** No refused edit. */
  public static final DraftForm NONE = new DraftForm("", "", "", Map.of());

  /** Returns the typed value of a field, or the stored one when nothing was refused. */
  public String value(String name, Object stored) {
    String typed = kept.get(name);
    return typed != null ? typed : stored == null ? "" : String.valueOf(stored);
  }

  /** Returns whether the error belongs next to this field. */
  public boolean at(String name) {
    return !error.isEmpty() && field.equals(name);
  }

  /** Returns whether the form was refused. */
  public boolean refused(String name) {
    return !error.isEmpty() && form.equals(name);
  }

  /** Returns the id of the error's element for {@code aria-describedby}, or null. */
  public String describedBy(String name) {
    return at(name) ? name + "-error" : null;
  }
}
