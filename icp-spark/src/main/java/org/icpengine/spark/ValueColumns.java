package org.icpengine.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.rint;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;

/**
 * The cleaning of a model column's cells as native Spark SQL expressions, value for value what the
 * Java scorer's cleaning gives: the text trimmed, placeholders ("N/A", "-") missing, numbers read
 * with currencies, suffixes, ranges and units, yes/no words, countries by any spelling, domains,
 * the items of a multi-valued cell, and folding keys (lower case, no accents, letters and digits).
 */
final class ValueColumns {
  private static final String SPECIAL = "[\t\n\r\u00a0]";
  private static final String SPECIAL_TRIM = "^[ \t\n\r\u00a0]+|[ \t\n\r\u00a0]+$";
  private static final String SPACE_TRIM = "^\\p{Zs}+|\\p{Zs}+$";
  private static final String DIGITS = "^-?[0-9]+(\\.[0-9]+)?$";
  private static final String RUN = "[0-9]+(?:_[0-9]+)*";

  /** The engine's cast of text to a number: groups sign, mantissa and exponent. */
  private static final String PLAIN =
      "^[\t-\r ]*\\+?(-?)((?:"
          + RUN
          + ")?(?:\\.(?:"
          + RUN
          + ")?)?)((?:[eE][+-]?"
          + RUN
          + ")?)[\t-\r ]*$";

  private final IcpModel.Cleaning cleaning;
  private final Column countries;

  ValueColumns(IcpModel.Cleaning cleaning) {
    this.cleaning = cleaning;
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> e : cleaning.countries().entrySet()) {
      keys.add(e.getKey());
      values.add(e.getValue());
    }
    this.countries =
        map_from_arrays(lit(keys.toArray(String[]::new)), lit(values.toArray(String[]::new)));
  }

  /** Returns whether a column of this type holds the model's values as they are. */
  static boolean typed(DataType type, ModelSpec.ColumnType as) {
    return as == ModelSpec.ColumnType.NUMBER
            && type instanceof NumericType
            && !(type instanceof DecimalType)
        || as == ModelSpec.ColumnType.BOOLEAN && type instanceof BooleanType;
  }

  /** Returns a typed value as it is, else the cell's trimmed text without placeholders. */
  Column prepared(Column raw, DataType type, ModelSpec.ColumnType as) {
    if (typed(type, as)) {
      return as == ModelSpec.ColumnType.NUMBER ? finite(raw.cast(DataTypes.DoubleType)) : raw;
    }
    return blank(text(raw, type));
  }

  /**
   * Returns a prepared cell cleaned for binning: a double, a boolean, a folding key or an array of
   * keys.
   */
  Column cleaned(Column b, boolean typed, ModelSpec.ColumnType as) {
    if (typed) {
      return b;
    }
    switch (as) {
      case NUMBER:
        return number(b);
      case BOOLEAN:
        return bool(b);
      case SET:
        Column items = filter(split(b, cleaning.separator(), -1), x -> x.notEqual(lit("")));
        return transform(items, this::key);
      case COUNTRY:
        Column known = try_element_at(countries, spelling(b));
        return when(b.isNotNull(), coalesce(known, key(b)));
      case DOMAIN:
        return key(domain(b));
      default:
        return key(b);
    }
  }

  /** The text a file would hold for a value of a typed column. */
  static Column text(Column raw, DataType type) {
    if (type instanceof StringType) {
      return raw;
    }
    if (type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType)) {
      Column d = raw.cast(DataTypes.DoubleType);
      Column whole = d.equalTo(rint(d)).and(abs(d).lt(1e15));
      return when(finite(d).isNull(), lit(null).cast(DataTypes.StringType))
          .when(whole, d.cast(DataTypes.LongType).cast(DataTypes.StringType))
          .otherwise(d.cast(DataTypes.StringType));
    }
    return raw.cast(DataTypes.StringType);
  }

  /** A finite double, else null. */
  private static Column finite(Column d) {
    return when(d.between(-Double.MAX_VALUE, Double.MAX_VALUE), d);
  }

  /** Trims as the Java scorer: Unicode spaces, or exactly spaces, tabs, breaks and nbsp. */
  static Column trim(Column text) {
    return when(text.rlike(SPECIAL), regexp_replace(text, SPECIAL_TRIM, ""))
        .otherwise(regexp_replace(text, SPACE_TRIM, ""));
  }

  /** The trimmed text, or null when empty or a placeholder. */
  Column blank(Column text) {
    Column t = trim(text);
    return when(t.equalTo(lit("")).or(lower(t).isin(cleaning.placeholders().toArray())), null)
        .otherwise(t);
  }

  /** A number from trimmed text, or null when missing or unreadable. */
  private Column number(Column b) {
    Column digits = when(b.rlike(DIGITS), b.cast(DataTypes.DoubleType));
    return coalesce(digits, finite(plain(b)), simple(b), full(b));
  }

  private static Column plain(Column b) {
    Column mantissa = regexp_extract(b, PLAIN, 2);
    Column number =
        concat(
            regexp_extract(b, PLAIN, 1),
            regexp_replace(mantissa, "_", ""),
            regexp_replace(regexp_extract(b, PLAIN, 3), "_", ""));
    return when(b.rlike(PLAIN).and(mantissa.rlike("[0-9]")), number.try_cast("double"));
  }

  private Column simple(Column b) {
    return when(
        b.rlike(cleaning.simpleNumber()), regexp_replace(b, "[, $€£¥]", "").try_cast("double"));
  }

  private Column full(Column b) {
    Column l = lower(b);
    String p = cleaning.number();
    Column n1 = regexp_extract(l, p, 2);
    Column s1 = regexp_extract(l, p, 3);
    Column n2 = regexp_extract(l, p, 4);
    Column s2 = regexp_extract(l, p, 5);
    Column one = digits(n1).multiply(multiplier(s1));
    Column mid =
        digits(n1)
            .multiply(multiplier(when(s1.equalTo(""), s2).otherwise(s1)))
            .plus(digits(n2).multiply(multiplier(when(s2.equalTo(""), s1).otherwise(s2))))
            .divide(2);
    Column value = when(n2.equalTo(""), one).otherwise(mid);
    Column signed = when(regexp_extract(l, p, 1).equalTo("-"), value.multiply(-1)).otherwise(value);
    return when(l.rlike(p).and(n1.notEqual("")), signed);
  }

  private static Column digits(Column number) {
    return regexp_replace(number, ",", "").try_cast("double");
  }

  private static Column multiplier(Column suffix) {
    return when(suffix.isin("k", "thousand"), 1e3)
        .when(suffix.isin("m", "mm", "mn", "million"), 1e6)
        .when(suffix.isin("b", "bn", "billion"), 1e9)
        .otherwise(1.0);
  }

  /** Yes or no from trimmed text, else null. */
  private Column bool(Column b) {
    Column l = lower(b);
    return when(l.isin(cleaning.trueWords().toArray()), true)
        .when(l.isin(cleaning.falseWords().toArray()), false);
  }

  /** The bare lower-case host of a web address, e-mail address or host; null if none. */
  private Column domain(Column b) {
    Column l = lower(b);
    Column host = regexp_replace(regexp_extract(l, cleaning.domain(), 1), "\\.+$", "");
    return when(l.rlike(cleaning.domain()).and(host.notEqual("")), host);
  }

  /** The folding key of a text (null stays null). */
  Column key(Column text) {
    Column folded =
        regexp_replace(
            translate(text, FoldingTables.FOLD_FROM, FoldingTables.FOLD_TO), "[^\\p{L}\\p{N}]", "");
    return when(folded.equalTo(""), lower(trim(text))).otherwise(folded);
  }

  /** The key a country's spellings are looked up by. */
  private static Column spelling(Column text) {
    Column folded =
        regexp_replace(
            translate(text, FoldingTables.SPELLING_FROM, FoldingTables.SPELLING_TO),
            "[^\\p{L}\\p{Nd}]",
            "");
    return when(folded.equalTo(""), lower(trim(text))).otherwise(folded);
  }
}
