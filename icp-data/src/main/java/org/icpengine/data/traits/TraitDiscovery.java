package org.icpengine.data.traits;

import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import org.icpengine.core.discovery.Bits;
import org.icpengine.core.discovery.Discovery;
import org.icpengine.core.discovery.DiscoveryOptions;
import org.icpengine.core.discovery.DiscoveryResult;
import org.icpengine.core.discovery.Selector;
import org.icpengine.core.discovery.Target;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.cohort.Ideals;

/**
 * Finds the traits and trait combinations that mark ideal customers, and those that disqualify: the
 * ideal flags (evaluated by {@link Ideals}) become the binary target of {@link Discovery}.
 */
public final class TraitDiscovery {
  private TraitDiscovery() {}

  /** Runs discovery of the ideal flags over the given selectors. */
  public static DiscoveryResult discover(
      Dataset dataset, List<Selector> selectors, DiscoveryOptions options) {
    return Discovery.discover(selectors, Target.binary(idealRows(dataset)), options);
  }

  /** Returns the ideal rows as a bitset over row positions. */
  public static Bits idealRows(Dataset dataset) {
    Bits.Builder ideal = Bits.builder(Math.toIntExact(dataset.rows()));
    dataset
        .engine()
        .query(
            "SELECT " + quote(CleanedTable.ROW) + " FROM " + Ideals.FLAGS + " WHERE ideal",
            row -> ideal.set(Math.toIntExact(row.getLong(1))));
    return ideal.build();
  }
}
