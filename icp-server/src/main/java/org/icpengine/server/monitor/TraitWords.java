package org.icpengine.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Says a drift report's trait changes in words: "industry is Fintech weakened (lift 1.9 → 1.4)".
 */
final class TraitWords {
  private TraitWords() {}

  /** Returns the changes other than "held", in words, or a sentence saying there are none. */
  static String of(JsonNode traitChanges) {
    StringJoiner words = new StringJoiner("; ");
    for (JsonNode c : traitChanges) {
      String change = c.path("change").asText();
      if (!change.equals("held")) {
        words.add(
            String.format(
                Locale.ROOT,
                "%s %s (lift %.2f → %.2f)",
                c.path("trait").asText(),
                change,
                Evidence.number(c.path("reference_lift"), "value"),
                Evidence.number(c.path("current_lift"), "value")));
      }
    }
    return words.length() == 0
        ? "no trait strengthened, weakened, appeared or vanished"
        : words.toString();
  }
}
