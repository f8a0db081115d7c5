package org.icpengine.model.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.column.ValueType;

/**
 * A {@link PointsTable} compiled for scoring one account in Java as {@code ScoreSql} (icp-data)
 * scores a row: bins, points, the capped sum and the sorted contributions behind the reasons.
 *
 * <p>Cleaned values come per model column: a {@link Double}, a {@link Boolean}, the folding key of
 * a text, or the folding keys of a cell's items as a {@code String[]}; {@code null} when unknown.
 */
public final class ScoreTable {
  /** One non-zero contribution: points, label and second label (or −1) in {@link #labels}. */
  public record Term(int points, int label, int second) {}

  /** The order of the reasons: largest first, then negative before positive, then by label. */
  static final Comparator<Term> ORDER =
      Comparator.comparingInt((Term t) -> -Math.abs(t.points()))
          .thenComparingInt(Term::points)
          .thenComparingInt(Term::label)
          .thenComparingInt(Term::second);

  /** Joins an interaction's two labels. */
  static final String WITH = " with ";

  private static final class Attribute {
    int column;
    FitAttribute.Kind kind;
    double[] bounds;
    Map<String, Integer> levels;
    int other;
    String item;
    int[] points;
  }

  private record Pair(int first, int second, int[] firstGroups, int[] secondGroups, int[][] grid) {}

  private final Attribute[] attributes;
  private final Pair[] pairs;
  private final int[] offsets;
  private final int[][] itemColumns;
  private final String[] labels;

  /** Compiles the table; {@code columns} gives each model column's position and cleaned type. */
  ScoreTable(PointsTable table, Map<String, Integer> columns, ValueType[] types) {
    this(table, columns, types, false);
  }

  /**
   * Compiles the table, its words prefixed by each attribute's {@link Side} when {@code sided} (the
   * priority's reasons).
   */
  ScoreTable(PointsTable table, Map<String, Integer> columns, ValueType[] types, boolean sided) {
    int size = table.attributes().size();
    attributes = new Attribute[size];
    offsets = new int[size + 1];
    Map<String, List<Integer>> items = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      PointsTable.Scored scored = table.attributes().get(i);
      FitAttribute fit = scored.attribute();
      Attribute a = new Attribute();
      a.column = columns.get(fit.column());
      a.kind = fit.kind();
      check(fit, types[a.column]);
      a.bounds = fit.upperBounds().stream().mapToDouble(Double::doubleValue).toArray();
      a.levels = new HashMap<>();
      for (int l = 0; l < fit.levels().size(); l++) {
        a.levels.putIfAbsent(FoldingKey.of(fit.levels().get(l)), l + 1);
      }
      a.other = fit.levels().size() + 1;
      a.item = fit.kind() == FitAttribute.Kind.SET_ITEM ? FoldingKey.of(fit.levels().get(0)) : null;
      a.points = ints(scored.points());
      attributes[i] = a;
      offsets[i + 1] = offsets[i] + fit.bins();
      if (fit.kind() == FitAttribute.Kind.SET_ITEM) {
        items.computeIfAbsent(fit.column(), c -> new ArrayList<>()).add(i);
      }
    }
    itemColumns = new int[items.size()][];
    int k = 0;
    for (Map.Entry<String, List<Integer>> column : items.entrySet()) {
      itemColumns[k++] = column.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    labels = labelList(table, sided).toArray(String[]::new);
    pairs = new Pair[table.interactions().size()];
    for (int p = 0; p < pairs.length; p++) {
      PointsTable.Interaction pair = table.interactions().get(p);
      pairs[p] =
          new Pair(
              pair.first(),
              pair.second(),
              ints(pair.firstGroups()),
              ints(pair.secondGroups()),
              pair.points().stream().map(ScoreTable::ints).toArray(int[][]::new));
    }
  }

  /**
   * Compiles the table for scoring from bin codes alone ({@link #terms}, {@link #sum}, {@link
   * #words}), as the engine's {@code ReasonFunction} (icp-data) does: each column is given the type
   * its attributes score.
   */
  public static ScoreTable ofCodes(PointsTable table, boolean sided) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<ValueType> types = new ArrayList<>();
    for (PointsTable.Scored scored : table.attributes()) {
      FitAttribute fit = scored.attribute();
      if (!columns.containsKey(fit.column())) {
        columns.put(fit.column(), columns.size());
        types.add(typeOf(fit.kind()));
      }
    }
    return new ScoreTable(table, columns, types.toArray(ValueType[]::new), sided);
  }

  private static ValueType typeOf(FitAttribute.Kind kind) {
    switch (kind) {
      case NUMBER:
        return ValueType.NUMBER;
      case BOOLEAN:
        return ValueType.BOOLEAN;
      case SET_ITEM:
        return ValueType.SET;
      default:
        return ValueType.CATEGORY;
    }
  }

  /**
   * Every bin's words, attribute after attribute, then "X unknown" for multi-valued columns; with
   * {@code sided}, each prefixed by its {@link Side} .
   */
  private static List<String> labelList(PointsTable table, boolean sided) {
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

  private static void check(FitAttribute attribute, ValueType type) {
    boolean fits;
    switch (attribute.kind()) {
      case NUMBER:
        fits = type == ValueType.NUMBER;
        break;
      case BOOLEAN:
        fits = type == ValueType.BOOLEAN;
        break;
      case SET_ITEM:
        fits = type == ValueType.SET;
        break;
      default:
        fits =
            type == ValueType.CATEGORY
                || type == ValueType.COUNTRY
                || type == ValueType.TEXT
                || type == ValueType.DOMAIN;
    }
    if (!fits) {
      throw new IllegalArgumentException(
          "cannot score "
              + attribute.name()
              + ": a "
              + attribute.kind()
              + " attribute of type "
              + type);
    }
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Returns each attribute's bin, 0 when unknown. */
  int[] codes(Object[] cleaned) {
    int[] codes = new int[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      codes[i] = code(attributes[i], cleaned[attributes[i].column]);
    }
    return codes;
  }

  /**
   * Returns, per attribute, whether its column is absent (not merely without a value): such an
   * attribute is worth 0 points, even when its "not given" is a confirmed signal, as in a file
   * without the column.
   */
  boolean[] absent(boolean[] absentColumns) {
    boolean[] absent = new boolean[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      absent[i] = absentColumns[attributes[i].column];
    }
    return absent;
  }

  private static int code(Attribute a, Object value) {
    if (value == null) {
      return 0;
    }
    switch (a.kind) {
      case NUMBER:
        return search(a.bounds, (Double) value, 1, a.bounds.length + 1);
      case CATEGORY:
        return a.levels.getOrDefault((String) value, a.other);
      case BOOLEAN:
        return (Boolean) value ? 1 : 2;
      default:
        for (String key : (String[]) value) {
          if (key.equals(a.item)) {
            return 1;
          }
        }
        return 2;
    }
  }

  /** The SQL's nested CASE: a binary search over the upper bounds, bins {@code low..high}. */
  private static int search(double[] bounds, double value, int low, int high) {
    while (low < high) {
      int middle = (low + high) / 2;
      if (value <= bounds[middle - 1]) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** Returns whether any attribute is known. */
  boolean known(int[] codes) {
    for (int code : codes) {
      if (code > 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns 50 plus every attribute's and interaction's points, before the cap. */
  public int sum(int[] codes, boolean[] absent) {
    int sum = 50;
    for (int i = 0; i < attributes.length; i++) {
      sum += points(i, codes, absent);
    }
    for (Pair pair : pairs) {
      sum += interaction(pair, codes, absent);
    }
    return sum;
  }

  private int points(int attribute, int[] codes, boolean[] absent) {
    return absent[attribute] ? 0 : attributes[attribute].points[codes[attribute]];
  }

  private static int interaction(Pair pair, int[] codes, boolean[] absent) {
    if (absent[pair.first] || absent[pair.second]) {
      return 0;
    }
    return pair.grid[pair.firstGroups[codes[pair.first]]][pair.secondGroups[codes[pair.second]]];
  }

  /** Returns the non-zero contributions in the order of the reasons. */
  public List<Term> terms(int[] codes, boolean[] absent) {
    List<Term> terms = new ArrayList<>();
    forEachTerm(
        codes, absent, (points, label, second) -> terms.add(new Term(points, label, second)));
    terms.sort(ORDER);
    return terms;
  }

  /** Receives a row's non-zero contributions, as the fields of a {@link Term}. */
  @FunctionalInterface
  interface TermSink {
    void accept(int points, int label, int second);
  }

  /**
   * Gives each non-zero contribution of a row to {@code sink}, unsorted: each attribute's, each
   * multi-valued column's "unknown" (its items' points when it has no value), each interaction's.
   */
  void forEachTerm(int[] codes, boolean[] absent, TermSink sink) {
    for (int i = 0; i < attributes.length; i++) {
      Attribute a = attributes[i];
      boolean unknownItem = a.kind == FitAttribute.Kind.SET_ITEM && codes[i] == 0;
      add(sink, unknownItem ? 0 : points(i, codes, absent), offsets[i] + codes[i], -1);
    }
    int unknownLabel = offsets[attributes.length];
    for (int[] column : itemColumns) {
      int points = 0;
      if (codes[column[0]] == 0) {
        for (int i : column) {
          points += points(i, codes, absent);
        }
      }
      add(sink, points, unknownLabel++, -1);
    }
    for (Pair pair : pairs) {
      add(
          sink,
          interaction(pair, codes, absent),
          offsets[pair.first] + codes[pair.first],
          offsets[pair.second] + codes[pair.second]);
    }
  }

  private static void add(TermSink sink, int points, int label, int second) {
    if (points != 0) {
      sink.accept(points, label, second);
    }
  }

  /** The number of attributes, the length of a row's codes. */
  public int size() {
    return attributes.length;
  }

  /** The number of labels a {@link Term} may name. */
  int labelCount() {
    return labels.length;
  }

  /** The words of one label, without any second. */
  String label(int label) {
    return labels[label];
  }

  /** Returns a contribution's words: its label, and " with " the second for an interaction. */
  String words(Term term) {
    return term.second() < 0
        ? labels[term.label()]
        : labels[term.label()] + WITH + labels[term.second()];
  }
}
