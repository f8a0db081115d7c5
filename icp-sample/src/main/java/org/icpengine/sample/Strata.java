package org.icpengine.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits customers into churned, retained and ideal strata under {@link
 * PlantedIcp#IDEAL_DEFINITION}, and deals out noise levels in the same proportions within every
 * stratum, so that a noise column has no lift on any outcome, however few customers there are.
 */
final class Strata {
  static final int CHURNED = 0;
  static final int RETAINED = 1;
  static final int IDEAL = 2;

  private Strata() {}

  /** Returns the stratum of each customer, in order. */
  static int[] of(List<Economics> economics) {
    double threshold = topQuartile(economics);
    int[] strata = new int[economics.size()];
    for (int i = 0; i < strata.length; i++) {
      Economics e = economics.get(i);
      boolean ideal = !e.churned() && e.ltv() >= threshold && e.ltvToCac() >= 3;
      strata[i] = e.churned() ? CHURNED : ideal ? IDEAL : RETAINED;
    }
    return strata;
  }

  /** Returns the 75th percentile of non-churned LTV, interpolated linearly between ranks. */
  static double topQuartile(List<Economics> economics) {
    double[] ltv =
        economics.stream().filter(e -> !e.churned()).mapToDouble(Economics::ltv).toArray();
    if (ltv.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    Arrays.sort(ltv);
    double rank = 0.75 * (ltv.length - 1);
    int low = (int) Math.floor(rank);
    int high = Math.min(ltv.length - 1, low + 1);
    return ltv[low] + (rank - low) * (ltv[high] - ltv[low]);
  }

  /**
   * Deals {@code levels} out to the customers: within each stratum, level {@code j} goes to a share
   * {@code weights[j] / sum(weights)} of the customers (largest remainder rounding), in random
   * order.
   */
  static String[] deal(int[] strata, List<String> levels, double[] weights, SplittableRandom rnd) {
    String[] dealt = new String[strata.length];
    for (int stratum = CHURNED; stratum <= IDEAL; stratum++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < strata.length; i++) {
        if (strata[i] == stratum) {
          members.add(i);
        }
      }
      List<String> hand = hand(members.size(), levels, weights);
      Draws.shuffle(rnd, hand);
      for (int k = 0; k < members.size(); k++) {
        dealt[members.get(k)] = hand.get(k);
      }
    }
    return dealt;
  }

  private static List<String> hand(int size, List<String> levels, double[] weights) {
    double total = Arrays.stream(weights).sum();
    int[] counts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int j = 0; j < weights.length; j++) {
      double exact = size * weights[j] / total;
      counts[j] = (int) Math.floor(exact);
      remainders[j] = exact - counts[j];
      given += counts[j];
    }
    for (; given < size; given++) {
      int largest = 0;
      for (int j = 1; j < remainders.length; j++) {
        largest = remainders[j] > remainders[largest] ? j : largest;
      }
      counts[largest]++;
      remainders[largest] = -1;
    }
    List<String> hand = new ArrayList<>(size);
    for (int j = 0; j < counts.length; j++) {
      hand.addAll(Collections.nCopies(counts[j], levels.get(j)));
    }
    return hand;
  }
}
