package org.icpengine.core.score;

/**
 * The coarse value groups of a feature in an interaction table: bin 0 ("unknown") is group 0; an
 * ordered feature's bins are merged into runs of about equal row count; a nominal feature keeps its
 * most frequent levels and puts the rest together in one last group.
 */
final class Groups {
  private Groups() {}

  /** Returns the group of each bin of the feature. */
  static int[] of(TrainingData data, int feature, boolean ordered, int maxGroups) {
    int bins = data.binCounts()[feature];
    long[] counts = new long[bins];
    for (byte code : data.codes()[feature]) {
      counts[code & 0xFF]++;
    }
    int[] groups = new int[bins];
    if (bins <= maxGroups) {
      for (int b = 0; b < bins; b++) {
        groups[b] = b;
      }
      return groups;
    }
    int buckets = maxGroups - 1;
    if (ordered) {
      long total = 0;
      for (int b = 1; b < bins; b++) {
        total += counts[b];
      }
      long before = 0;
      for (int b = 1; b < bins; b++) {
        double middle = before + counts[b] / 2.0;
        groups[b] =
            1 + (int) Math.min(buckets - 1, Math.floor(middle * buckets / Math.max(1, total)));
        before += counts[b];
      }
      return compact(groups);
    }
    Integer[] order = new Integer[bins - 1];
    for (int b = 1; b < bins; b++) {
      order[b - 1] = b;
    }
    java.util.Arrays.sort(order, (x, y) -> Long.compare(counts[y], counts[x]));
    for (int k = 0; k < order.length; k++) {
      groups[order[k]] = 1 + Math.min(k, buckets - 1);
    }
    return groups;
  }

  /** Returns the number of groups. */
  static int count(int[] groups) {
    int max = 0;
    for (int g : groups) {
      max = Math.max(max, g);
    }
    return max + 1;
  }

  private static int[] compact(int[] groups) {
    int[] remap = new int[groups.length + 1];
    java.util.Arrays.fill(remap, -1);
    int next = 0;
    int[] compacted = new int[groups.length];
    for (int b = 0; b < groups.length; b++) {
      if (remap[groups[b]] < 0) {
        remap[groups[b]] = next++;
      }
      compacted[b] = remap[groups[b]];
    }
    return compacted;
  }
}
