package org.icpengine.core.evaluation;

/**
 * Stable orderings of rows by a key: rows with equal keys keep their row order. A merge sort on row
 * indices, so a million rows sort without boxing.
 */
final class Order {
  private static final int RUN = 32;

  private Order() {}

  /** Returns the rows ordered by ascending key, ties in row order. Keys must not be NaN. */
  static int[] ascending(double[] keys) {
    return sort(keys, false);
  }

  /** Returns the rows ordered by descending key, ties in row order. Keys must not be NaN. */
  static int[] descending(double[] keys) {
    return sort(keys, true);
  }

  private static int[] sort(double[] keys, boolean descending) {
    int n = keys.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int start = 0; start < n; start += RUN) {
      insertionSort(keys, descending, order, start, Math.min(n, start + RUN));
    }
    int[] from = order;
    int[] to = new int[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int low = 0; low < n; low += 2 * width) {
        int middle = Math.min(n, low + width);
        int high = Math.min(n, low + 2 * width);
        merge(keys, descending, from, to, low, middle, high);
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  private static void insertionSort(
      double[] keys, boolean descending, int[] order, int low, int high) {
    for (int i = low + 1; i < high; i++) {
      int row = order[i];
      int j = i - 1;
      while (j >= low && before(keys, descending, row, order[j])) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = row;
    }
  }

  private static void merge(
      double[] keys, boolean descending, int[] from, int[] to, int low, int middle, int high) {
    int left = low;
    int right = middle;
    for (int i = low; i < high; i++) {
      if (left < middle && (right >= high || !before(keys, descending, from[right], from[left]))) {
        to[i] = from[left++];
      } else {
        to[i] = from[right++];
      }
    }
  }

  /**
   * Whether row a strictly precedes row b; equal keys never precede, which keeps the sort stable.
   */
  private static boolean before(double[] keys, boolean descending, int a, int b) {
    return descending ? keys[a] > keys[b] : keys[a] < keys[b];
  }
}
