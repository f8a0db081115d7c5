package org.icpengine.model.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The values the fit model's columns took on the rows it was trained on — the training support. An
 * account with a value outside it (a category or item the customers never had, a number beyond
 * their range) is scored by extrapolation: market scoring flags it ({@code outside_support}).
 *
 * @param rows the rows the model was trained on (the accounts of the derive file, never the whole
 *     market)
 * @param base what those rows were: {@link Base#WON_VS_LOST} when the ideal definition read the
 *     won/converted column, so the model learned won against lost among accounts already contacted
 * @param columns each fit column's support, in model order; a column with more distinct values than
 *     {@link #MAX_KEYS}, or a yes/no column, has none and is never flagged
 */
public record TrainingSupport(long rows, Base base, List<Column> columns) {
  /** A text or multi-valued column with more distinct values than this records no support. */
  public static final int MAX_KEYS = 1_000;

  /** What the rows the model was trained on were. */
  public enum Base {
    /** Accounts already contacted, won against lost: the ideal definition read the won column. */
    WON_VS_LOST("won_vs_lost"),
    /** The derive file's accounts, the ideal defined from other outcomes (LTV, churn, …). */
    ACCOUNTS("accounts");

    private final String word;

    Base(String word) {
      this.word = word;
    }

    /** Returns the word icp.json stores. */
    public String word() {
      return word;
    }

    /** Returns the base of a word icp.json stores. */
    public static Base parse(String word) {
      for (Base base : values()) {
        if (base.word.equals(word)) {
          return base;
        }
      }
      throw new IllegalArgumentException("base must be won_vs_lost or accounts, not " + word);
    }
  }

  /** Copies the list and checks the row count. */
  public TrainingSupport {
    columns = List.copyOf(columns);
    java.util.Objects.requireNonNull(base, "base");
    if (rows < 0) {
      throw new IllegalArgumentException("support rows must not be negative: " + rows);
    }
  }

  /**
   * One column's support: a numeric range, or the folding keys ({@link FoldingKey}) of the values
   * (categories) or items (multi-valued columns) seen.
   *
   * @param column the model column
   * @param range the least and greatest value seen, for numbers
   * @param keys the folding keys seen, for texts and items
   */
  public record Column(String column, Optional<Range> range, Optional<Set<String>> keys) {
    /** Copies the keys and checks that exactly one of range and keys is given. */
    public Column {
      keys = keys.map(Set::copyOf);
      if (range.isPresent() == keys.isPresent()) {
        throw new IllegalArgumentException(
            "support of " + column + " needs either a range or the values seen");
      }
    }

    /** Returns the support of a number column. */
    public static Column of(String column, double min, double max) {
      return new Column(column, Optional.of(new Range(min, max)), Optional.empty());
    }

    /** Returns the support of a text or multi-valued column. */
    public static Column of(String column, Set<String> keys) {
      return new Column(column, Optional.empty(), Optional.of(keys));
    }

    /**
     * Returns whether a cleaned value, as {@link AccountScorer} holds it (a {@code Double}, a
     * folding key, or the items' keys), lies outside; a missing value never does.
     */
    public boolean outside(Object cleaned) {
      if (cleaned == null) {
        return false;
      }
      if (range.isPresent()) {
        return cleaned instanceof Double d && !range.get().contains(d);
      }
      if (cleaned instanceof String[] items) {
        for (String item : items) {
          if (item != null && !keys.get().contains(item)) {
            return true;
          }
        }
        return false;
      }
      return cleaned instanceof String key && !keys.get().contains(key);
    }
  }

  /** A closed numeric range. */
  public record Range(double min, double max) {
    /** Checks the bounds. */
    public Range {
      if (!(min <= max)) {
        throw new IllegalArgumentException("support range " + min + ".." + max + " is empty");
      }
    }

    /** Returns whether the value lies within. */
    public boolean contains(double value) {
      return value >= min && value <= max;
    }
  }

  /** Returns the support of a column, if recorded. */
  public Optional<Column> of(String column) {
    return columns.stream().filter(c -> c.column().equals(column)).findFirst();
  }
}
