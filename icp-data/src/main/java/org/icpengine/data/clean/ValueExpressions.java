package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.icpengine.core.column.ValueType;

/**
 * The SQL that turns one raw column into its cleaned value and a {@link ChangeKind} code, in nested
 * projections so that no expression runs twice on a value: the raw text {@code r} is trimmed to
 * {@code t} (level 1), placeholders become missing in {@code b} (level 2), numbers are split into
 * parts {@code p} (level 3), the value {@code v} is computed (level 4), and the final projection
 * names the value and computes its change code from the columns above (level 5).
 */
final class ValueExpressions {
  private final String r;
  private final String t;
  private final String b;
  private final String p;
  private final String v;
  private final String c;
  private final String f;
  private final ColumnPlan plan;
  private final Vocabulary vocabulary;

  ValueExpressions(ColumnPlan plan, int index, Vocabulary vocabulary) {
    this.plan = plan;
    this.r = "r" + index;
    this.t = "t" + index;
    this.b = "b" + index;
    this.p = "p" + index;
    this.v = "v" + index;
    this.c = "c" + index;
    this.f = "f" + index;
    this.vocabulary = vocabulary;
  }

  /** Level 1 reads the raw text and trims it. */
  String level1(String rawColumn) {
    return rawColumn + " AS " + r + ", icp_trim(" + rawColumn + ") AS " + t;
  }

  /** Returns the column holding the raw text, the key of a dictionary of distinct values. */
  String key() {
    return r;
  }

  /** Returns what the given level (2 to 5) adds to the projection, or an empty string. */
  String level(int level) {
    boolean number = plan.type() == ValueType.NUMBER;
    switch (level) {
      case 2:
        return "icp_unplaceholder(" + t + ") AS " + b;
      case 3:
        return number
            ? "icp_num_plain("
                + numberText()
                + ") AS "
                + c
                + ", CASE WHEN icp_num_plain("
                + numberText()
                + ") IS NULL THEN icp_num_fast("
                + numberText()
                + ") END AS "
                + f
            : "";
      case 4:
        return number
            ? "CASE WHEN "
                + c
                + " IS NULL AND "
                + f
                + " IS NULL AND "
                + b
                + " IS NOT NULL THEN icp_num_parts("
                + numberText()
                + ") END AS "
                + p
            : "";
      case 5:
        return value() + " AS " + v;
      default:
        throw new IllegalArgumentException("no cleaning level " + level);
    }
  }

  /** The text a number is read from: the value rewritten into the engine's own convention. */
  private String numberText() {
    return plan.numbers().sql(b);
  }

  /** The final level names the value and gives its change code. */
  String last(String name) {
    return v
        + " AS "
        + quote(name)
        + ", "
        + change()
        + " AS "
        + quote(name + Cleaner.CHANGE_SUFFIX);
  }

  private String value() {
    switch (plan.type()) {
      case NUMBER:
        return "coalesce(" + c + ", " + f + ", icp_num_value(" + p + "))";
      case BOOLEAN:
        return "icp_bool(" + b + ")";
      case DATE:
        return "CAST(try_strptime(" + b + ", " + formats() + ") AS DATE)";
      case DOMAIN:
        return "icp_domain(" + b + ")";
      case CATEGORY:
      case COUNTRY:
        return vocabulary.apply(b);
      case SET:
        return "list_sort(list_distinct(list_filter(list_transform(string_split_regex("
            + b
            + ", "
            + literal(plan.setSeparator())
            + "), lambda x: "
            + vocabulary.apply("x")
            + "), lambda x: x <> '')))";
      default:
        return b;
    }
  }

  private String change() {
    String head =
        "CASE WHEN "
            + b
            + " IS NULL THEN CASE WHEN "
            + r
            + " IS NULL OR "
            + t
            + " = '' THEN "
            + ChangeKind.EMPTY.code()
            + " ELSE "
            + ChangeKind.PLACEHOLDER.code()
            + " END ";
    return "CAST(" + head + typed() + " END AS UTINYINT)";
  }

  private String typed() {
    String trimmed =
        when(r + " <> " + t, ChangeKind.TRIMMED) + "ELSE " + ChangeKind.UNCHANGED.code();
    String unreadable = when(v + " IS NULL", ChangeKind.UNREADABLE);
    switch (plan.type()) {
      case NUMBER:
        return unreadable
            + (plan.numbers().isStandard()
                ? ""
                : when(numberText() + " <> " + b, ChangeKind.REFORMATTED))
            + "WHEN "
            + c
            + " IS NOT NULL THEN CASE "
            + trimmed
            + " END "
            + when(f + " IS NOT NULL", ChangeKind.REFORMATTED)
            + when(p + ".n2 <> ''", ChangeKind.RANGE)
            + when(p + ".plus = '+'", ChangeKind.OPEN_BAND)
            + "ELSE "
            + ChangeKind.REFORMATTED.code();
      case BOOLEAN:
        return (plan.stage() ? when(v + " IS NULL", ChangeKind.OPEN) : unreadable)
            + when("lower(" + b + ") NOT IN ('true', 'false')", ChangeKind.REFORMATTED)
            + trimmed;
      case DATE:
        return unreadable
            + when("CAST(" + v + " AS VARCHAR) <> " + b, ChangeKind.REFORMATTED)
            + trimmed;
      case DOMAIN:
        return unreadable + when(v + " <> " + b, ChangeKind.REFORMATTED) + trimmed;
      case CATEGORY:
      case COUNTRY:
        return vocabulary.unrecognised(b).map(sql -> when(sql, ChangeKind.UNRECOGNISED)).orElse("")
            + when(v + " <> " + b, ChangeKind.REFORMATTED)
            + trimmed;
      case SET:
        return when("array_to_string(" + v + ", '; ') <> " + b, ChangeKind.REFORMATTED) + trimmed;
      default:
        return trimmed;
    }
  }

  private static String when(String condition, ChangeKind kind) {
    return "WHEN " + condition + " THEN " + kind.code() + " ";
  }

  private String formats() {
    return plan.dateFormats().stream()
        .map(f -> literal(f))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * The spellings of a categorical column that cleaning rewrites, and those it cannot place; with
   * {@code otherwise}, the SQL for a spelling the rewrites do not hold (else it stays as written).
   */
  record Vocabulary(
      Map<String, String> rewrites,
      List<String> unrecognisedValues,
      Optional<UnaryOperator<String>> otherwise) {
    Vocabulary(Map<String, String> rewrites, List<String> unrecognisedValues) {
      this(rewrites, unrecognisedValues, Optional.empty());
    }

    static Vocabulary none() {
      return new Vocabulary(Map.of(), List.of());
    }

    /** Returns a lookup of the given spellings, and {@code otherwise} for the rest. */
    static Vocabulary lookup(Map<String, String> spellings, UnaryOperator<String> otherwise) {
      return new Vocabulary(spellings, List.of(), Optional.of(otherwise));
    }

    String apply(String text) {
      String rest = otherwise.map(o -> o.apply(text)).orElse(text);
      if (rewrites.isEmpty()) {
        return rest;
      }
      String entries =
          rewrites.entrySet().stream()
              .map(e -> literal(e.getKey()) + ": " + literal(e.getValue()))
              .collect(Collectors.joining(", ", "MAP {", "}"));
      return "coalesce(map_extract_value(" + entries + ", " + text + "), " + rest + ")";
    }

    Optional<String> unrecognised(String text) {
      if (unrecognisedValues.isEmpty()) {
        return Optional.empty();
      }
      String list =
          unrecognisedValues.stream()
              .map(value -> literal(value))
              .collect(Collectors.joining(", ", "[", "]"));
      return Optional.of("list_contains(" + list + ", " + text + ")");
    }
  }
}
