package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The engine SQL of a points table's reasons, for {@link ScoreSql}: the non-zero contributions as
 * sorted structs, and their words — base 50, the {@value #TOP_REASONS} largest contributions, the
 * sum of the rest, then any cap — so that the numbers add up to the capped sum. {@link
 * AccountScorer} words them alike in Java.
 */
final class ReasonSql {
  private static final int TOP_REASONS = 5;

  private ReasonSql() {}

  /**
   * The non-zero contributions as structs of whole numbers sorted by size: {@code {k: −|points|, p:
   * points, w: label, v: second label or −1}}, the labels being positions in {@link #labels}; only
   * the largest few are turned into words.
   */
  static String termList(String prefix, PointsTable table, List<String> codes) {
    List<String> structs = new ArrayList<>();
    int[] offsets = offsets(table);
    java.util.Map<String, List<Integer>> items = items(table);
    for (int i = 0; i < table.attributes().size(); i++) {
      FitAttribute attribute = table.attributes().get(i).attribute();
      String code = codes.get(i);
      String label = offsets[i] + " + " + code;
      if (attribute.kind() == FitAttribute.Kind.SET_ITEM) {
        String known = "CASE WHEN " + code + " = 0 THEN 0 ELSE " + prefix + "p" + i + " END";
        structs.add(struct("(" + known + ")", label, "-1"));
      } else {
        structs.add(struct(prefix + "p" + i, label, "-1"));
      }
    }
    // a missing multi-valued cell is one reason, "Tech Stack unknown", not one per item
    int unknownLabel = offsets[table.attributes().size()];
    for (List<Integer> column : items.values()) {
      String sum = column.stream().map(i -> prefix + "p" + i).collect(Collectors.joining(" + "));
      String unknown =
          "(CASE WHEN " + codes.get(column.get(0)) + " = 0 THEN " + sum + " ELSE 0 END)";
      structs.add(struct(unknown, String.valueOf(unknownLabel++), "-1"));
    }
    for (int k = 0; k < table.interactions().size(); k++) {
      PointsTable.Interaction pair = table.interactions().get(k);
      structs.add(
          struct(
              prefix + "q" + k,
              offsets[pair.first()] + " + " + codes.get(pair.first()),
              offsets[pair.second()] + " + " + codes.get(pair.second())));
    }
    return "list_sort(list_filter([" + String.join(", ", structs) + "], lambda t: t.p <> 0))";
  }

  /** Where each attribute's labels start in {@link #labels}; the last entry is past them all. */
  private static int[] offsets(PointsTable table) {
    int[] offsets = new int[table.attributes().size() + 1];
    for (int i = 0; i < table.attributes().size(); i++) {
      offsets[i + 1] = offsets[i] + table.attributes().get(i).attribute().bins();
    }
    return offsets;
  }

  private static java.util.Map<String, List<Integer>> items(PointsTable table) {
    java.util.Map<String, List<Integer>> items = new java.util.LinkedHashMap<>();
    for (int i = 0; i < table.attributes().size(); i++) {
      FitAttribute attribute = table.attributes().get(i).attribute();
      if (attribute.kind() == FitAttribute.Kind.SET_ITEM) {
        items.computeIfAbsent(attribute.column(), c -> new ArrayList<>()).add(i);
      }
    }
    return items;
  }

  /**
   * Every bin's words, attribute after attribute, then "X unknown" for multi-valued columns; with
   * {@code sided}, each prefixed by its {@link Side} (as {@link ScoreTable} words them).
   */
  static List<String> labelList(PointsTable table, boolean sided) {
    List<String> labels = new ArrayList<>();
    java.util.Map<String, PointsTable.Scored> items = new java.util.LinkedHashMap<>();
    for (PointsTable.Scored scored : table.attributes()) {
      for (int b = 0; b < scored.points().size(); b++) {
        labels.add(sided ? Side.label(scored, b) : scored.label(b));
      }
      if (scored.attribute().kind() == FitAttribute.Kind.SET_ITEM) {
        items.putIfAbsent(scored.attribute().column(), scored);
      }
    }
    items.forEach(
        (column, scored) -> labels.add(sided ? Side.unknown(scored) : column + " unknown"));
    return labels;
  }

  private static String struct(String points, String label, String second) {
    return "struct_pack(k := -abs("
        + points
        + "), p := "
        + points
        + ", w := "
        + label
        + ", v := "
        + second
        + ")";
  }

  /**
   * The reasons of a scored row: base 50, the five largest contributions in words, the sum of the
   * rest, then any cap, so the numbers add up to the capped sum.
   */
  static String body(PointsTable table, boolean sided, String terms, String sum) {
    String labels = strings(labelList(table, sided));
    String signed = "CASE WHEN t.p > 0 THEN '+' ELSE '−' END || abs(t.p)";
    String top =
        "array_to_string(list_transform("
            + terms
            + "[1:"
            + TOP_REASONS
            + "], lambda t: "
            + signed
            + " || ' ' || list_extract("
            + labels
            + ", t.w + 1) || CASE WHEN t.v < 0 THEN '' ELSE ' with ' || list_extract("
            + labels
            + ", t.v + 1) END), '; ')";
    String restSum =
        "list_sum(list_transform(" + terms + "[" + (TOP_REASONS + 1) + ":], lambda t: t.p))";
    String rest =
        "CASE WHEN len("
            + terms
            + ") > "
            + TOP_REASONS
            + " AND "
            + restSum
            + " <> 0 THEN '; ' || CASE WHEN "
            + restSum
            + " > 0 THEN '+' ELSE '−' END || abs("
            + restSum
            + ") || ' from ' || (len("
            + terms
            + ") - "
            + TOP_REASONS
            + ") || ' more' ELSE '' END";
    String cap =
        "CASE WHEN "
            + sum
            + " > 100 THEN '; −' || ("
            + sum
            + " - 100) || ' capped at 100' WHEN "
            + sum
            + " < 0 THEN '; +' || (-"
            + sum
            + ") || ' capped at 0' ELSE '' END";
    return "('base 50; ' || CASE WHEN len("
        + terms
        + ") = 0 THEN 'average on every attribute' ELSE "
        + top
        + " || "
        + rest
        + " END || "
        + cap
        + ")";
  }

  private static String strings(List<String> values) {
    return values.stream().map(v -> literal(v)).collect(Collectors.joining(", ", "[", "]"));
  }
}
