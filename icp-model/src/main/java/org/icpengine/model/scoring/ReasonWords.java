package org.icpengine.model.scoring;

import java.util.List;

/**
 * The words of a score's reasons: base 50, the largest contributions with their signed points, the
 * sum of the rest, any cap. {@link AccountScorer} words a row with them and {@link ReasonWriter}
 * writes the same words as UTF-8 bytes for the engine, so the two cannot word a row differently.
 */
final class ReasonWords {
  /** The reasons name this many contributions; shared by AccountScorer and ReasonWriter. */
  static final int TOP_REASONS = 5;

  static final String BASE = "base 50; ";
  static final String NO_TERMS = "average on every attribute";
  static final String SEPARATOR = "; ";
  static final String PLUS = "+";
  static final String FROM = " from ";
  static final String MORE = " more";
  static final String CAPPED_HIGH = " capped at 100";
  static final String CAPPED_LOW = " capped at 0";

  static final String MINUS = "\u2212";

  private ReasonWords() {}

  /**
   * The reasons of a scored row without any disqualification, from the table's sorted terms, as
   * {@link ReasonWriter} must write them (its test compares the two on every combination).
   */
  static String reasonsBody(ScoreTable table, List<ScoreTable.Term> terms, int sum) {
    StringBuilder text = new StringBuilder(160);
    body(text, terms.size(), t -> table.words(terms.get(t)), t -> terms.get(t).points(), sum);
    return text.toString();
  }

  /**
   * Base 50, the {@value #TOP_REASONS} largest of the sorted terms in words, the sum of the rest,
   * then any cap, so the numbers add up to the capped sum.
   */
  static void body(
      StringBuilder text,
      int count,
      java.util.function.IntFunction<String> label,
      java.util.function.IntUnaryOperator points,
      int sum) {
    text.append(BASE);
    if (count == 0) {
      text.append(NO_TERMS);
    }
    for (int i = 0; i < Math.min(TOP_REASONS, count); i++) {
      text.append(i == 0 ? "" : SEPARATOR).append(signed(points.applyAsInt(i))).append(' ');
      text.append(label.apply(i));
    }
    if (count > TOP_REASONS) {
      int rest = 0;
      for (int i = TOP_REASONS; i < count; i++) {
        rest += points.applyAsInt(i);
      }
      if (rest != 0) {
        text.append(SEPARATOR).append(signed(rest)).append(FROM);
        text.append(count - TOP_REASONS).append(MORE);
      }
    }
    if (sum > 100) {
      text.append(SEPARATOR).append(MINUS).append(sum - 100).append(CAPPED_HIGH);
    } else if (sum < 0) {
      text.append(SEPARATOR).append(PLUS).append(-sum).append(CAPPED_LOW);
    }
  }

  private static String signed(int points) {
    return (points > 0 ? PLUS : MINUS) + Math.abs(points);
  }
}
