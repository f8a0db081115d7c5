package org.icpengine.spark;

import java.util.List;
import java.util.Map;

/**
 * The fit model of an icp.json as plain values, everything the Spark compiler needs and nothing
 * tied to the model's own classes ({@link IcpModel} makes it).
 *
 * @param columns the model's columns, fit then disqualifier-only, each with how it is cleaned
 * @param attributes the fit attributes, in model order
 * @param pairs the interactions
 * @param rules the disqualifiers, in order: the first that matches gives the reason
 * @param labels every bin's words, attribute after attribute, then "X unknown" per multi-valued
 *     column
 * @param itemColumns per multi-valued column, its items' attribute indexes, in label order
 * @param weights each attribute's coverage weight
 * @param minCoverage the least share of the weight known for a score
 * @param tiers the lowest score of tiers A, B and C
 * @param coverageOrder the first attribute of each column, most weight first: the "not given"
 *     list's order
 * @param support the training support of the fit columns, in the support's order; empty when
 *     icp.json records none
 */
public record ModelSpec(
    List<ModelColumn> columns,
    List<Attribute> attributes,
    List<Pair> pairs,
    List<Rule> rules,
    List<String> labels,
    List<List<Integer>> itemColumns,
    List<Long> weights,
    double minCoverage,
    List<Integer> tiers,
    List<Integer> coverageOrder,
    List<Support> support) {

  /**
   * A bound above the size of any one contribution to the reasons (all points at their largest).
   */
  public long pointBound() {
    long bound = 1;
    for (Attribute a : attributes) {
      bound += a.points().stream().mapToLong(p -> Math.abs((long) p)).max().orElse(0);
    }
    for (Pair pair : pairs) {
      bound +=
          pair.points().stream()
              .flatMap(List::stream)
              .mapToLong(p -> Math.abs((long) p))
              .max()
              .orElse(0);
    }
    return bound;
  }

  /** How a column's values are cleaned before binning. */
  public enum ColumnType {
    NUMBER,
    BOOLEAN,
    SET,
    COUNTRY,
    DOMAIN,
    CATEGORY
  }

  /** How an attribute's values map to bins. */
  public enum Kind {
    NUMBER,
    CATEGORY,
    BOOLEAN,
    SET_ITEM
  }

  /**
   * A model column.
   *
   * @param name its name in icp.json
   * @param type how it is cleaned
   */
  public record ModelColumn(String name, ColumnType type) {}

  /**
   * A fit attribute.
   *
   * @param column the index of its column
   * @param kind how values map to bins
   * @param bounds a number's inclusive upper bounds, ascending: bin b holds values up to bound b-1
   * @param levels a category's level folding keys and their bins (the first of equal keys wins)
   * @param other a category's bin for any other value
   * @param item a set item's folding key, else null
   * @param points the points of each bin, bin 0 (unknown) first
   * @param labelOffset the index in {@link ModelSpec#labels} of its bin 0's words
   */
  public record Attribute(
      int column,
      Kind kind,
      List<Double> bounds,
      Map<String, Integer> levels,
      int other,
      String item,
      List<Integer> points,
      int labelOffset) {}

  /**
   * An interaction of two attributes.
   *
   * @param first the first attribute's index
   * @param second the second attribute's index
   * @param firstGroups the group of each bin of the first
   * @param secondGroups the group of each bin of the second
   * @param points the points by first group, then second group
   */
  public record Pair(
      int first,
      int second,
      List<Integer> firstGroups,
      List<Integer> secondGroups,
      List<List<Integer>> points) {}

  /**
   * One fit column's training support: a value outside it makes a scored row of a market {@code
   * outside_support}.
   *
   * @param column the index of its column
   * @param name the column's name, as the reasons give it
   * @param min the least number seen, or null for texts and items
   * @param max the greatest number seen, or null for texts and items
   * @param keys the folding keys seen, or empty for numbers
   * @param set whether the column is multi-valued: each item is then checked
   */
  public record Support(
      int column, String name, Double min, Double max, List<String> keys, boolean set) {}

  /**
   * A disqualifier.
   *
   * @param column the index of its column
   * @param key the folding key of the value that disqualifies
   * @param reason its words
   * @param set whether the column is multi-valued: the value is then one of its items
   */
  public record Rule(int column, String key, String reason, boolean set) {}
}
