package org.icpengine.core.discovery;

import java.util.Comparator;
import java.util.Objects;

/**
 * One condition on one attribute and the rows that meet it, for example attribute "Industry",
 * category "firmographic", condition "Industry is Fintech". A segment combines at most one selector
 * per attribute: selectors on the same attribute (levels, bins and one-sided thresholds that
 * overlap them) are never conjoined.
 *
 * @param attribute the attribute the condition reads; not blank
 * @param category the kind of trait the attribute describes (firmographic, technographic, ...)
 * @param condition the condition as the report shows it; not blank, unique within an attribute
 * @param rows the rows that meet the condition, over all rows of the data
 */
public record Selector(String attribute, String category, String condition, Bits rows) {
  /** Orders selectors by attribute and then condition, the canonical order of the search. */
  static final Comparator<Selector> CANONICAL =
      Comparator.comparing(Selector::attribute).thenComparing(Selector::condition);

  /** Checks that no part is missing and that attribute and condition are not blank. */
  public Selector {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rows, "rows");
    if (attribute == null || attribute.isBlank()) {
      throw new IllegalArgumentException("attribute must not be blank, was '" + attribute + "'");
    }
    if (condition == null || condition.isBlank()) {
      throw new IllegalArgumentException("condition must not be blank, was '" + condition + "'");
    }
  }
}
