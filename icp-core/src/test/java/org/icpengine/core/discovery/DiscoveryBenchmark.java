package org.icpengine.core.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times {@link Discovery#discover} end to end (split, search, redundancy filter, confirmation) on
 * synthetic data of 100,000 and 1,000,000 rows with 150 selectors at depth 3: 20 categorical
 * attributes with five levels and 10 ordinal ones with five overlapping bins and thresholds each, a
 * planted rule, and both a binary and a numeric target. Not a test (no {@code @Test}); run by hand,
 * single-threaded, with {@code ./mvnw -q -o -pl icp-core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.icpengine.core.discovery.DiscoveryBenchmark
 * -Dexec.args="100000 1000000"}.
 */
public final class DiscoveryBenchmark {
  private static final int CATEGORICAL = 20;
  private static final int ORDINAL = 10;
  private static final int REPEATS = 5;

  private DiscoveryBenchmark() {}

  /** Runs each size given as an argument (default 100,000 and 1,000,000) and prints timings. */
  public static void main(String[] args) {
    String[] sizes = args.length > 0 ? args : new String[] {"100000", "1000000"};
    for (String size : sizes) {
      run(Integer.parseInt(size));
    }
  }

  private static void run(int rows) {
    SplittableRandom random = new SplittableRandom(rows);
    List<Bits.Builder> builders = new ArrayList<>();
    List<Selector> shapes = new ArrayList<>();
    for (int i = 0; i < (CATEGORICAL + ORDINAL) * 5; i++) {
      builders.add(Bits.builder(rows));
    }
    Bits.Builder positives = Bits.builder(rows);
    int[] levels = new int[CATEGORICAL + ORDINAL];
    for (int row = 0; row < rows; row++) {
      for (int a = 0; a < levels.length; a++) {
        levels[a] = 1 + random.nextInt(5);
        for (int s = 0; s < 5; s++) {
          if (meets(a, levels[a], s)) {
            builders.get(a * 5 + s).set(row);
          }
        }
      }
      if (random.nextDouble() < probability(levels)) {
        positives.set(row);
      }
    }
    List<Selector> selectors = new ArrayList<>();
    for (int i = 0; i < builders.size(); i++) {
      int a = i / 5;
      String name = (a < CATEGORICAL ? "Cat" : "Ord") + a;
      selectors.add(
          new Selector(
              name, "firmographic", name + " " + label(a, i % 5), builders.get(i).build()));
    }
    Bits ideal = positives.build();
    time(rows, selectors, Target.binary(ideal), "binary");
    double[] values = new double[rows];
    for (int row = 0; row < rows; row++) {
      values[row] = 1000 * Math.exp(random.nextGaussian() / 2) * (ideal.get(row) ? 2 : 1);
    }
    time(rows, selectors, Target.numeric(values, true), "numeric");
  }

  private static boolean meets(int attribute, int level, int selector) {
    if (attribute < CATEGORICAL) {
      return level == selector + 1;
    }
    return switch (selector) {
      case 0 -> level <= 2;
      case 1 -> level == 3;
      case 2 -> level >= 4;
      case 3 -> level >= 3;
      default -> level <= 3;
    };
  }

  private static String label(int attribute, int selector) {
    if (attribute < CATEGORICAL) {
      return "is v" + (selector + 1);
    }
    return new String[] {"≤ 2", "= 3", "≥ 4", "≥ 3", "≤ 3"}[selector];
  }

  private static double probability(int[] levels) {
    if (levels[2] == 3) {
      return 0.01;
    }
    return levels[0] == 1 && levels[1] == 2 && levels[CATEGORICAL] >= 4 ? 0.5 : 0.1;
  }

  private static void time(int rows, List<Selector> selectors, Target target, String kind) {
    DiscoveryOptions options = DiscoveryOptions.defaults();
    for (int repeat = 0; repeat < REPEATS; repeat++) {
      long start = System.nanoTime();
      DiscoveryResult result = Discovery.discover(selectors, target, options);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%s %,d rows x %d selectors, depth %d: %.3f s (evaluated %,d, below support %,d, pruned %,d,"
              + " published %d: %s)%n",
          kind,
          rows,
          selectors.size(),
          result.depth(),
          seconds,
          result.counts().evaluated(),
          result.counts().belowSupport(),
          result.counts().pruned(),
          result.published().size(),
          result.published().stream().map(f -> f.segment().label()).toList());
    }
  }
}
