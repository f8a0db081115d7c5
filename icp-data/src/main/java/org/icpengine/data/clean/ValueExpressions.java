package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.literal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.icpengine.core.column.ValueType;

/**
 * The SQL that turns one column's blanked text {@code b} into its cleaned value and a {@link
 * ChangeKind} code. Each column is cleaned in three projections: blanking (level 1), parsing into
 * parts where a type needs it (level 2), then value and change code (level 3), so that no regular
 * expression runs twice on a value.
 */
final class ValueExpressions {
  private final String b;
  private final String r;
  private final String p;
  private final ColumnPlan plan;
  private final Vocabulary vocabulary;

  ValueExpressions(ColumnPlan plan, int index, Vocabulary vocabulary) {
    this.plan = plan;
    this.b = "b" + index;
    this.r = "r" + index;
    this.p = "p" + index;
    this.vocabulary = vocabulary;
  }

  /** Level 1 reads the raw column: the blanked text and whether the file had spaces around it. */
  String level1(String rawColumn) {
    return "icp_blank(" + rawColumn + ") AS " + b + ", " + rawColumn + " AS " + r;
  }

  /** Level 2 keeps level 1 and parses numbers into parts. */
  String level2() {
    String parts = plan.type() == ValueType.NUMBER ? ", icp_num_parts(" + b + ") AS " + p : "";
    return b + ", " + r + parts;
  }

  /** Returns the cleaned value. */
  String value() {
    switch (plan.type()) {
      case NUMBER:
        return "coalesce(icp_num_value("
            + p
            + "), CASE WHEN isfinite(TRY_CAST("
            + b
            + " AS DOUBLE)) THEN TRY_CAST("
            + b
            + " AS DOUBLE) END)";
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

  /** Returns the change code, given the cleaned value's SQL. */
  String change(String value) {
    String head =
        "CASE WHEN "
            + r
            + " IS NULL OR icp_trim("
            + r
            + ") = '' THEN "
            + ChangeKind.EMPTY.code()
            + " WHEN "
            + b
            + " IS NULL THEN "
            + ChangeKind.PLACEHOLDER.code()
            + " ";
    return "CAST(" + head + typed(value) + " END AS UTINYINT)";
  }

  private String typed(String value) {
    String trimmed =
        when(r + " <> " + b, ChangeKind.TRIMMED) + "ELSE " + code(ChangeKind.UNCHANGED);
    switch (plan.type()) {
      case NUMBER:
        return when(value + " IS NULL", ChangeKind.UNREADABLE)
            + when(p + ".n2 <> ''", ChangeKind.RANGE)
            + when(p + ".plus = '+'", ChangeKind.OPEN_BAND)
            + when("TRY_CAST(" + b + " AS DOUBLE) IS NULL", ChangeKind.REFORMATTED)
            + trimmed;
      case BOOLEAN:
        return when(value + " IS NULL", ChangeKind.UNREADABLE)
            + when("lower(" + b + ") NOT IN ('true', 'false')", ChangeKind.REFORMATTED)
            + trimmed;
      case DATE:
        return when(value + " IS NULL", ChangeKind.UNREADABLE)
            + when(
                "TRY_CAST(" + b + " AS DATE) IS NULL OR strlen(" + b + ") <> 10",
                ChangeKind.REFORMATTED)
            + trimmed;
      case DOMAIN:
        return when(value + " IS NULL", ChangeKind.UNREADABLE)
            + when(value + " <> " + b, ChangeKind.REFORMATTED)
            + trimmed;
      case CATEGORY:
      case COUNTRY:
        return vocabulary.unrecognised(b).map(sql -> when(sql, ChangeKind.UNRECOGNISED)).orElse("")
            + when(value + " <> " + b, ChangeKind.REFORMATTED)
            + trimmed;
      case SET:
        return when("array_to_string(" + value + ", '; ') <> " + b, ChangeKind.REFORMATTED)
            + trimmed;
      default:
        return trimmed;
    }
  }

  private static String when(String condition, ChangeKind kind) {
    return "WHEN " + condition + " THEN " + kind.code() + " ";
  }

  private static String code(ChangeKind kind) {
    return String.valueOf(kind.code());
  }

  private String formats() {
    return plan.dateFormats().stream()
        .map(f -> literal(f))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** The spellings of a categorical column that cleaning rewrites, and those it cannot place. */
  record Vocabulary(Map<String, String> rewrites, List<String> unrecognisedValues) {
    static Vocabulary none() {
      return new Vocabulary(Map.of(), List.of());
    }

    String apply(String text) {
      if (rewrites.isEmpty()) {
        return text;
      }
      String entries =
          rewrites.entrySet().stream()
              .map(e -> literal(e.getKey()) + ": " + literal(e.getValue()))
              .collect(Collectors.joining(", ", "MAP {", "}"));
      return "coalesce(map_extract_value(" + entries + ", " + text + "), " + text + ")";
    }

    java.util.Optional<String> unrecognised(String text) {
      if (unrecognisedValues.isEmpty()) {
        return java.util.Optional.empty();
      }
      String list =
          unrecognisedValues.stream()
              .map(v -> literal(v))
              .collect(Collectors.joining(", ", "[", "]"));
      return java.util.Optional.of("list_contains(" + list + ", " + text + ")");
    }
  }
}
