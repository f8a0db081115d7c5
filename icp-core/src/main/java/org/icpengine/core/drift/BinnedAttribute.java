package org.icpengine.core.drift;

import java.util.List;

/**
 * One attribute's rows per bin in the reference and the current sample, on the same bins.
 *
 * @param name the attribute
 * @param bins the bins' labels, in bin order
 * @param reference the reference rows in each bin
 * @param current the current rows in each bin
 */
public record BinnedAttribute(String name, List<String> bins, long[] reference, long[] current) {
  /** Copies the parts and checks they line up. */
  public BinnedAttribute {
    bins = List.copyOf(bins);
    reference = reference.clone();
    current = current.clone();
    if (bins.size() != reference.length || bins.size() != current.length) {
      throw new IllegalArgumentException(
          name
              + ": one count per bin on each side, had "
              + bins.size()
              + " bins, "
              + reference.length
              + " and "
              + current.length
              + " counts");
    }
  }

  /** Returns the reference counts (a copy). */
  @Override
  public long[] reference() {
    return reference.clone();
  }

  /** Returns the current counts (a copy). */
  @Override
  public long[] current() {
    return current.clone();
  }
}
