package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.literal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.model.clean.NumberText;

/**
 * How a column writes its numbers, decided from its values: the decimal mark (a point, "1,234.5",
 * or a comma, "1.234,5" as European exports write it) and whether a negative is written in
 * parentheses, "(1,200)", as accounting exports do. A value alone can be ambiguous ("1,234" is a
 * thousand and more with a decimal point, a little more than one with a decimal comma); the
 * column's other values decide.
 *
 * @param decimalComma whether the comma is the decimal mark and the point groups thousands
 * @param parenthesesNegative whether a number in parentheses is negative
 */
public record NumberConvention(boolean decimalComma, boolean parenthesesNegative) {
  /** The engine's own reading: a decimal point, commas grouping thousands, a minus sign. */
  public static final NumberConvention STANDARD = new NumberConvention(false, false);

  /** Digits grouped by points, then a decimal comma: "1.234,56", "12,5", "0,75". */
  private static final Pattern COMMA_DECIMAL =
      Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+|[0-9]+,([0-9]{1,2}|[0-9]{4,})");

  /** Two or more groups of thousands by points: "1.234.567". */
  private static final Pattern POINT_GROUPS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3}){2,}");

  /** Digits grouped by commas, then a decimal point: "1,234.56", "12.5", "0.75". */
  private static final Pattern POINT_DECIMAL =
      Pattern.compile("[0-9]{1,3}(,[0-9]{3})+\\.[0-9]+|[0-9]+\\.([0-9]{1,2}|[0-9]{4,})");

  /** Two or more groups of thousands by commas: "1,234,567". */
  private static final Pattern COMMA_GROUPS = Pattern.compile("[0-9]{1,3}(,[0-9]{3}){2,}");

  private static final Pattern CORE = Pattern.compile("[0-9][0-9.,]*[0-9]|[0-9]");
  private static final Pattern IN_PARENTHESES = Pattern.compile("\\(\\s*[^()]*[0-9][^()]*\\)");

  /**
   * Decides the convention from a column's distinct values and their counts: a decimal comma when
   * more values can only be read with one than with a decimal point; parentheses when any value is
   * a number in parentheses.
   */
  public static NumberConvention decide(Map<String, Long> values) {
    long comma = 0;
    long point = 0;
    boolean parentheses = false;
    for (Map.Entry<String, Long> entry : values.entrySet()) {
      String value = entry.getKey().strip();
      parentheses |= IN_PARENTHESES.matcher(value).matches();
      var core = CORE.matcher(value);
      if (!core.find()) {
        continue;
      }
      String digits = core.group();
      if (COMMA_DECIMAL.matcher(digits).matches() || POINT_GROUPS.matcher(digits).matches()) {
        comma += entry.getValue();
      } else if (POINT_DECIMAL.matcher(digits).matches()
          || COMMA_GROUPS.matcher(digits).matches()) {
        point += entry.getValue();
      }
    }
    return new NumberConvention(comma > point, parentheses);
  }

  /** Returns whether this is the engine's own reading, which needs no rewriting. */
  public boolean isStandard() {
    return !decimalComma && !parenthesesNegative;
  }

  /** Returns the convention in words for the profile, or empty for the standard one. */
  public Optional<String> describe() {
    if (isStandard()) {
      return Optional.empty();
    }
    String mark =
        decimalComma
            ? "numbers written with a decimal comma (1.234,56 is 1234.56)"
            : "numbers written with a decimal point (1,234.56 is 1234.56)";
    return Optional.of(
        parenthesesNegative
            ? mark + "; a number in parentheses is negative ((1,200) is -1200)"
            : mark);
  }

  /** Returns the number a cleaned text holds under this convention, or NaN when it holds none. */
  public double parse(String text) {
    return NumberText.parse(normalise(text));
  }

  /** Rewrites a text into the engine's own reading; the Java twin of {@link #sql(String)}. */
  String normalise(String text) {
    String t = text;
    if (parenthesesNegative && t.startsWith("(") && t.endsWith(")") && t.length() > 2) {
      t = "-" + t.substring(1, t.length() - 1).strip();
    }
    if (decimalComma) {
      t = t.replaceAll("([0-9])[ \\u00a0\\u202f]([0-9]{3})", "$1$2");
      t = t.replace(".", "").replace(',', '.');
    }
    return t;
  }

  /** Returns SQL rewriting the text expression {@code b} into the engine's own reading. */
  String sql(String b) {
    String t = b;
    if (parenthesesNegative) {
      t =
          "CASE WHEN starts_with("
              + t
              + ", '(') AND ends_with("
              + t
              + ", ')') THEN '-' || trim("
              + t
              + "[2:-2]) ELSE "
              + t
              + " END";
    }
    if (decimalComma) {
      t =
          "replace(replace(regexp_replace("
              + t
              + ", "
              + literal("([0-9])[ \u00a0\u202f]([0-9]{3})")
              + ", '\\1\\2', 'g'), '.', ''), ',', '.')";
    }
    return t;
  }
}
