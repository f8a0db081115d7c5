package org.icpengine.model.scoring;

import static org.icpengine.model.scoring.SqlText.literal;
import static org.icpengine.model.scoring.SqlText.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.icpengine.core.column.ValueType;

/**
 * One input of the fit score and its bins. Bin 0 is always "unknown" (a missing value):
 *
 * <ul>
 *   <li>{@link Kind#NUMBER}: bins 1..k are values up to each upper bound, bin k+1 the values above
 *       the last;
 *   <li>{@link Kind#CATEGORY}: bins 1..L are the levels, bin L+1 any other value;
 *   <li>{@link Kind#BOOLEAN}: bin 1 yes, bin 2 no;
 *   <li>{@link Kind#SET_ITEM}: bin 1 has the item, bin 2 does not.
 * </ul>
 *
 * <p>Levels and items are matched on their folding key (letters and digits, lower case, accents
 * removed), so a file spelling "FinTech" scores like the training file's "Fintech".
 *
 * @param column the file column
 * @param kind how its values are binned
 * @param category the trait category (e.g. firmographic, behavioural)
 * @param type how the column is cleaned (a category, a country, a number, ...)
 * @param upperBounds the inclusive upper bounds of a number's bins
 * @param levels a category's levels, or the one item of a set item
 * @param scale how a number's ranges are read ("employees 201–500", "revenue $50M–100M")
 */
public record FitAttribute(
    String column,
    Kind kind,
    String category,
    ValueType type,
    List<Double> upperBounds,
    List<String> levels,
    NumberScale scale) {

  /** How an attribute's values map to bins. */
  public enum Kind {
    NUMBER,
    CATEGORY,
    BOOLEAN,
    SET_ITEM
  }

  /** The engine macro giving the folding key of a value. */
  public static final String KEY_MACRO =
      // the regular expression once per value (a CASE over it ran it twice): half the cost
      "CREATE OR REPLACE MACRO icp_key(x) AS coalesce(nullif(regexp_replace(strip_accents(lower("
          + "CAST(x AS VARCHAR))), '[^\\pL\\pN]', '', 'g'), ''), lower(trim(CAST(x AS"
          + " VARCHAR))))";

  /** Checks the parts fit the kind. */
  public FitAttribute {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scale, "scale");
    upperBounds = List.copyOf(upperBounds);
    levels = List.copyOf(levels);
    if (kind == Kind.SET_ITEM && levels.size() != 1) {
      throw new IllegalArgumentException("a set item names exactly one item: " + column);
    }
    int bins =
        kind == Kind.NUMBER
            ? upperBounds.size() + 2
            : kind == Kind.CATEGORY ? levels.size() + 2 : 3;
    if (bins > org.icpengine.core.score.TrainingData.MAX_BINS) {
      throw new IllegalArgumentException("too many bins for " + column);
    }
  }

  /** Returns an attribute read on the scale its header calls for (decimal numbers otherwise). */
  public FitAttribute(
      String column,
      Kind kind,
      String category,
      ValueType type,
      List<Double> upperBounds,
      List<String> levels) {
    this(
        column,
        kind,
        category,
        type,
        upperBounds,
        levels,
        NumberScale.forHeader(column).orElse(NumberScale.DECIMAL));
  }

  /** Returns the attribute's name in explanations: the column, or "column has item". */
  public String name() {
    return kind == Kind.SET_ITEM ? column + " has " + levels.get(0) : column;
  }

  /** Returns the column's name in reasons: "employees", "revenue", or the column itself. */
  public String displayName() {
    return NumberScale.displayName(column);
  }

  /** Returns the number of bins, "unknown" included. */
  public int bins() {
    switch (kind) {
      case NUMBER:
        return upperBounds.size() + 2;
      case CATEGORY:
        return levels.size() + 2;
      default:
        return 3;
    }
  }

  /** Returns whether bins 1.. are ordered ranges. */
  public boolean ordered() {
    return kind == Kind.NUMBER;
  }

  /** Returns the words for a bin, as they appear in a score's reasons. */
  public String label(int bin) {
    return displayName() + " " + value(bin);
  }

  /** Returns the words for a bin without the column's name: "201–500", "is Fintech", "unknown". */
  public String value(int bin) {
    if (bin == 0) {
      return "unknown";
    }
    switch (kind) {
      case NUMBER:
        return range(bin);
      case CATEGORY:
        return bin <= levels.size() ? "is " + levels.get(bin - 1) : "is another value";
      case BOOLEAN:
        return bin == 1 ? "is yes" : "is no";
      default:
        return (bin == 1 ? "has " : "without ") + levels.get(0);
    }
  }

  /** Returns every bin's label, in bin order. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (int b = 0; b < bins(); b++) {
      labels.add(label(b));
    }
    return labels;
  }

  private String range(int bin) {
    int k = upperBounds.size();
    if (k == 0) {
      return "known";
    }
    if (bin == 1) {
      return scale.first(upperBounds.get(0));
    }
    if (bin == k + 1) {
      return scale.last(upperBounds.get(k - 1));
    }
    return scale.between(upperBounds.get(bin - 2), upperBounds.get(bin - 1));
  }

  /**
   * Returns the SQL giving the bin of a row, over a relation with the cleaned column under its own
   * name and, for categories and sets, the key column {@link #keyColumn()} from {@link #keySql()}.
   */
  public String codeSql() {
    String c = quote(column);
    String known;
    switch (kind) {
      case NUMBER:
        known = search(c, 1, upperBounds.size() + 1);
        break;
      case CATEGORY:
        // one scan of the level keys rather than a CASE branch per level
        known =
            "coalesce(nullif(list_position(list_transform("
                + levels.stream().map(l -> literal(l)).collect(Collectors.joining(", ", "[", "]"))
                + ", lambda x: icp_key(x)), "
                + quote(keyColumn())
                + "), 0), "
                + (levels.size() + 1)
                + ")";
        break;
      case BOOLEAN:
        known = "CASE WHEN " + c + " THEN 1 ELSE 2 END";
        break;
      default:
        known =
            "CASE WHEN list_contains("
                + quote(keyColumn())
                + ", icp_key("
                + literal(levels.get(0))
                + ")) THEN 1 ELSE 2 END";
    }
    return "CASE WHEN " + c + " IS NULL THEN 0 ELSE " + known + " END";
  }

  /** Bins {@code low..high} of a number by binary search over the bounds: a nested CASE. */
  private String search(String c, int low, int high) {
    if (low == high) {
      return String.valueOf(low);
    }
    int middle = (low + high) / 2;
    return "CASE WHEN "
        + c
        + " <= "
        + bound(upperBounds.get(middle - 1))
        + " THEN "
        + search(c, low, middle)
        + " ELSE "
        + search(c, middle + 1, high)
        + " END";
  }

  /** Returns the name of the column holding this attribute's folding keys. */
  public String keyColumn() {
    return "icp#key#" + column;
  }

  /** Returns the SQL of the key column, or empty for numbers and yes/no values. */
  public String keySql() {
    String c = quote(column);
    switch (kind) {
      case CATEGORY:
        return "icp_key(" + c + ")";
      case SET_ITEM:
        return "list_transform(" + c + ", lambda x: icp_key(x))";
      default:
        return "";
    }
  }

  private static String bound(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      throw new IllegalArgumentException("a bound must be finite: " + value);
    }
    return "CAST(" + Double.toString(value) + " AS DOUBLE)";
  }
}
