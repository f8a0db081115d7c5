package org.icpengine.core.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Seeded synthetic customer bases: categorical attributes "A", "B", ... with five uniform levels
 * each ("A = a1" to "A = a5"), to which tests attach targets with planted segments.
 */
final class PlantedData {
  static final int LEVELS = 5;

  private final int rows;
  private final int[][] levels;

  private PlantedData(int rows, int[][] levels) {
    this.rows = rows;
    this.levels = levels;
  }

  static PlantedData categorical(int rows, int attributes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] levels = new int[attributes][rows];
    for (int row = 0; row < rows; row++) {
      for (int a = 0; a < attributes; a++) {
        levels[a][row] = 1 + random.nextInt(LEVELS);
      }
    }
    return new PlantedData(rows, levels);
  }

  int rows() {
    return rows;
  }

  /** Returns whether the row has the level (1 to 5) of the attribute (0 for "A"). */
  boolean is(int row, int attribute, int level) {
    return levels[attribute][row] == level;
  }

  static String name(int attribute) {
    return String.valueOf((char) ('A' + attribute));
  }

  static String condition(int attribute, int level) {
    return name(attribute) + " = " + Character.toLowerCase(name(attribute).charAt(0)) + level;
  }

  Selector selector(int attribute, int level) {
    Bits.Builder bits = Bits.builder(rows);
    for (int row = 0; row < rows; row++) {
      if (is(row, attribute, level)) {
        bits.set(row);
      }
    }
    return new Selector(name(attribute), "firmographic", condition(attribute, level), bits.build());
  }

  List<Selector> selectors() {
    List<Selector> selectors = new ArrayList<>();
    for (int a = 0; a < levels.length; a++) {
      for (int level = 1; level <= LEVELS; level++) {
        selectors.add(selector(a, level));
      }
    }
    return selectors;
  }

  /** Draws a binary target where row r is positive with the given probability. */
  Target binary(long seed, IntToDoubleFunction probability) {
    SplittableRandom random = new SplittableRandom(seed);
    Bits.Builder positives = Bits.builder(rows);
    for (int row = 0; row < rows; row++) {
      if (random.nextDouble() < probability.applyAsDouble(row)) {
        positives.set(row);
      }
    }
    return Target.binary(positives.build());
  }

  /** Draws a lognormal-like numeric value per row, scaled by the given factor. */
  double[] values(long seed, IntToDoubleFunction scale) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[rows];
    for (int row = 0; row < rows; row++) {
      values[row] = scale.applyAsDouble(row) * Math.exp(0.5 * gaussian(random)) * 1000;
    }
    return values;
  }

  /** Returns the target with its positive rows shuffled among all rows. */
  static Target permuted(Target.Binary target, long seed) {
    int size = target.size();
    int[] order = java.util.stream.IntStream.range(0, size).toArray();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    Bits.Builder positives = Bits.builder(size);
    target.positives().stream().forEach(row -> positives.set(order[row]));
    return Target.binary(positives.build());
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
