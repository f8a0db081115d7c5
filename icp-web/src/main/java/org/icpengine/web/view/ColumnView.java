package org.icpengine.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of a dataset's profile.
 *
 * @param name its name in the file
 * @param role identifier, company_name, domain, attribute, outcome, ignored
 * @param category the attribute category, or empty
 * @param type how it is cleaned
 * @param missingShare the share of missing values
 * @param distinct distinct values
 * @param changes what cleaning changed, in words ("12 placeholders → missing", …)
 * @param warnings the column's warnings
 * @param mapped whether a person fixed its meaning
 * @param leaky whether it likely leaks the outcome
 */
public record ColumnView(
    String name,
    String role,
    String category,
    String type,
    double missingShare,
    long distinct,
    List<String> changes,
    List<String> warnings,
    boolean mapped,
    boolean leaky) {
  /** Reads a column of the profile JSON. */
  public static ColumnView of(JsonNode c) {
    List<String> changes = new ArrayList<>();
    c.path("cleaning")
        .path("changes")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().asLong() > 0 && !e.getKey().equals("unchanged")) {
                changes.add(
                    String.format(
                        java.util.Locale.ROOT,
                        "%,d %s",
                        e.getValue().asLong(),
                        e.getKey().replace('_', ' ')));
              }
            });
    List<String> warnings = new ArrayList<>();
    c.path("warnings").forEach(w -> warnings.add(w.isTextual() ? w.asText() : w.toString()));
    return new ColumnView(
        c.path("name").asText(),
        c.path("role").asText(),
        c.path("category").asText(""),
        c.path("type").asText(),
        c.path("missing_share").asDouble(),
        c.path("distinct").asLong(),
        changes,
        warnings,
        c.path("mapped").asBoolean(),
        c.path("leaky").asBoolean());
  }

  /** Returns the missing share as "3 %". */
  public String missingPercent() {
    return Figure.format(missingShare * 100, 0) + " %";
  }
}
