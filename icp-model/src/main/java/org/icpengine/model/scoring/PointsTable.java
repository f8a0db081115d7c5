package org.icpengine.model.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.score.PairTerm;
import org.icpengine.core.score.Scorecard;

/**
 * Whole points per bin of each attribute and per cell of each interaction: the part of a score
 * model that turns a row into a 0–100 score. {@code score = 50 + Σ points}, capped to 0–100.
 *
 * @param attributes the attributes and the points of each of their bins
 * @param interactions the interaction terms
 * @param factor the points per unit of calibrated log-odds
 * @param referenceLogit the calibrated log-odds of an average account, at score 50
 */
public record PointsTable(
    List<Scored> attributes, List<Interaction> interactions, double factor, double referenceLogit) {

  /**
   * One attribute and the points of each of its bins, bin 0 ("unknown") first. Unknown is worth 0
   * unless missingness is a confirmed signal: without one, bin 0's points are set to 0 whatever
   * they were (an older or hand-edited icp.json included).
   *
   * @param attribute the attribute
   * @param points the points of each bin
   * @param importance the mean absolute points the attribute gave the training rows; a row's
   *     coverage is the share of the attributes' total importance whose values it has
   * @param missingSignal the held-out test that confirmed "not given" as a signal, if any
   */
  public record Scored(
      FitAttribute attribute,
      List<Integer> points,
      double importance,
      Optional<MissingSignal> missingSignal) {
    /** Checks there is one value per bin; sets "unknown" to 0 points unless confirmed. */
    public Scored {
      if (points.size() != attribute.bins()) {
        throw new IllegalArgumentException(
            attribute.name() + " needs " + attribute.bins() + " points, has " + points.size());
      }
      if (!(importance >= 0) || !Double.isFinite(importance)) {
        throw new IllegalArgumentException(
            attribute.name() + ": importance must be 0 or more, not " + importance);
      }
      List<Integer> copy = new ArrayList<>(points);
      if (missingSignal.isEmpty()) {
        copy.set(0, 0);
      }
      points = List.copyOf(copy);
    }

    /** Returns an attribute without a missingness signal, its importance its points' spread. */
    public Scored(FitAttribute attribute, List<Integer> points) {
      this(attribute, points, spread(points), Optional.empty());
    }

    /** Returns the words of a bin: the attribute's label, or the confirmed "not given" signal. */
    public String label(int bin) {
      if (bin == 0 && missingSignal.isPresent()) {
        return attribute.displayName()
            + " not given (tested: such accounts are "
            + (missingSignal.get().observed() > missingSignal.get().expected() ? "more" : "less")
            + " often ideal)";
      }
      return attribute.label(bin);
    }

    /** Returns every bin's words, in bin order. */
    public List<String> labels() {
      List<String> labels = new ArrayList<>();
      for (int b = 0; b < points.size(); b++) {
        labels.add(label(b));
      }
      return labels;
    }

    private static double spread(List<Integer> points) {
      int min = 0;
      int max = 0;
      for (int b = 1; b < points.size(); b++) {
        min = Math.min(min, points.get(b));
        max = Math.max(max, points.get(b));
      }
      return max - min;
    }
  }

  /**
   * The held-out test that made "not given" a signal ({@link
   * org.icpengine.core.score.Missingness}).
   *
   * @param heldOutRows the held-out rows without a value
   * @param observed the ideal rows among them
   * @param expected the ideal rows expected among them had "unknown" been worth 0
   * @param p the two-sided p-value of the score test
   */
  public record MissingSignal(int heldOutRows, int observed, double expected, double p) {}

  /**
   * Points for a pair of attributes, by value group.
   *
   * @param first the index of the first attribute
   * @param second the index of the second attribute
   * @param firstGroups the group of each bin of the first attribute
   * @param secondGroups the group of each bin of the second attribute
   * @param points the points of each group of the first by each group of the second
   */
  public record Interaction(
      int first,
      int second,
      List<Integer> firstGroups,
      List<Integer> secondGroups,
      List<List<Integer>> points) {
    /** Copies the lists. */
    public Interaction {
      firstGroups = List.copyOf(firstGroups);
      secondGroups = List.copyOf(secondGroups);
      points = points.stream().map(List::copyOf).toList();
    }
  }

  /** Copies the lists. */
  public PointsTable {
    attributes = List.copyOf(attributes);
    interactions = List.copyOf(interactions);
  }

  /**
   * Publishes a trained scorecard: adjacent number bins with equal points (and equal interaction
   * groups) are merged, so the table reads as the model's few ranges rather than its fine bins.
   *
   * @param importance each attribute's importance
   * @param signals each attribute's confirmed missingness signal, if any
   */
  public static PointsTable of(
      List<FitAttribute> attributes,
      Scorecard scorecard,
      double[] importance,
      List<Optional<MissingSignal>> signals) {
    List<int[]> merges = new ArrayList<>();
    List<Scored> scored = new ArrayList<>();
    for (int f = 0; f < attributes.size(); f++) {
      FitAttribute attribute = attributes.get(f);
      int[] points = scorecard.mainPoints().get(f);
      List<int[]> groups = new ArrayList<>();
      for (PairTerm pair : scorecard.pairs()) {
        if (pair.first() == f) {
          groups.add(pair.firstGroups());
        } else if (pair.second() == f) {
          groups.add(pair.secondGroups());
        }
      }
      int[] merge = identity(attribute.bins());
      FitAttribute published = attribute;
      if (attribute.kind() == FitAttribute.Kind.NUMBER) {
        List<Double> bounds = new ArrayList<>();
        int next = 1;
        for (int b = 1; b < attribute.bins(); b++) {
          boolean same = b > 1 && points[b] == points[b - 1] && sameGroups(groups, b);
          if (b > 1 && !same) {
            bounds.add(attribute.upperBounds().get(b - 2));
            next++;
          }
          merge[b] = next;
        }
        published =
            new FitAttribute(
                attribute.column(),
                attribute.kind(),
                attribute.category(),
                attribute.type(),
                bounds,
                attribute.levels(),
                attribute.scale());
      }
      merges.add(merge);
      Integer[] publishedPoints = new Integer[published.bins()];
      for (int b = 0; b < merge.length; b++) {
        publishedPoints[merge[b]] = points[b];
      }
      scored.add(new Scored(published, List.of(publishedPoints), importance[f], signals.get(f)));
    }
    List<Interaction> interactions = new ArrayList<>();
    for (int k = 0; k < scorecard.pairs().size(); k++) {
      PairTerm pair = scorecard.pairs().get(k);
      int[][] points = scorecard.pairPoints().get(k);
      List<List<Integer>> rows = new ArrayList<>();
      for (int[] row : points) {
        rows.add(java.util.Arrays.stream(row).boxed().toList());
      }
      interactions.add(
          new Interaction(
              pair.first(),
              pair.second(),
              remap(pair.firstGroups(), merges.get(pair.first()), scored.get(pair.first())),
              remap(pair.secondGroups(), merges.get(pair.second()), scored.get(pair.second())),
              rows));
    }
    return new PointsTable(scored, interactions, scorecard.factor(), scorecard.referenceLogit());
  }

  private static boolean sameGroups(List<int[]> groups, int bin) {
    for (int[] g : groups) {
      if (g[bin] != g[bin - 1]) {
        return false;
      }
    }
    return true;
  }

  private static int[] identity(int n) {
    int[] map = new int[n];
    for (int i = 0; i < n; i++) {
      map[i] = i;
    }
    return map;
  }

  private static List<Integer> remap(int[] groups, int[] merge, Scored published) {
    Integer[] mapped = new Integer[published.attribute().bins()];
    for (int b = 0; b < groups.length; b++) {
      mapped[merge[b]] = groups[b];
    }
    return List.of(mapped);
  }

  /**
   * Returns each attribute's weight in a row's coverage: its importance in thousandths of a point
   * (1 each when every importance rounds to 0), whole numbers so that every scorer sums them alike.
   */
  public long[] coverageWeights() {
    long[] weights = new long[attributes.size()];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.round(attributes.get(i).importance() * 1000);
      total += weights[i];
    }
    if (total == 0) {
      java.util.Arrays.fill(weights, 1);
    }
    return weights;
  }

  /** Returns the points that double the odds of being ideal: F · ln 2. */
  public double pointsToDoubleTheOdds() {
    return factor * Math.log(2);
  }
}
