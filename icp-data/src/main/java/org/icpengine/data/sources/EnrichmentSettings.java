package org.icpengine.data.sources;

import java.util.Locale;
import org.icpengine.data.matching.MatchThresholds;

/**
 * How an enrichment source is matched and merged: the {@code match:} thresholds and the {@code
 * precedence:} of an entry of kind enrichment in {@code sources.yaml}.
 *
 * @param thresholds the name scores separating certain, likely, review and no match
 * @param precedence whose value an account keeps when the CRM and the file both have one
 */
public record EnrichmentSettings(MatchThresholds thresholds, Precedence precedence) {

  /** Whose value wins when the CRM and an enrichment file disagree. */
  public enum Precedence {
    /** The CRM's value wins unless it is empty (the default). */
    CRM,
    /** The enrichment file's value wins unless it is empty. */
    ENRICHMENT;

    /** Returns the word used in {@code sources.yaml}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code crm} or {@code enrichment}.
     *
     * @throws IllegalArgumentException naming both words
     */
    public static Precedence parse(String word) {
      for (Precedence p : values()) {
        if (p.word().equalsIgnoreCase(word.trim())) {
          return p;
        }
      }
      throw new IllegalArgumentException(
          "precedence is crm (the CRM wins unless empty) or enrichment, not '" + word + "'");
    }
  }

  /** Returns the defaults: {@link MatchThresholds#defaults()}, the CRM wins unless empty. */
  public static EnrichmentSettings defaults() {
    return new EnrichmentSettings(MatchThresholds.defaults(), Precedence.CRM);
  }
}
