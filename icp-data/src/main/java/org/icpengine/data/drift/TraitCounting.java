package org.icpengine.data.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.core.discovery.Bits;
import org.icpengine.core.discovery.DiscoveryOptions;
import org.icpengine.core.discovery.DiscoveryResult;
import org.icpengine.core.discovery.Finding;
import org.icpengine.core.discovery.Selector;
import org.icpengine.core.drift.TraitCounts;
import org.icpengine.data.Dataset;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.traits.Selectors;
import org.icpengine.data.traits.TraitColumns;
import org.icpengine.data.traits.TraitDiscovery;

/**
 * Re-runs the derive's single-trait discovery on a file whose ideal flags are evaluated, and counts
 * every candidate trait, published or not, so that two files' traits can be contrasted.
 */
final class TraitCounting {
  private TraitCounting() {}

  /** Returns every selector's counts, by condition, with whether discovery published it. */
  static Map<String, TraitCounts> count(Dataset dataset, IdealDefinition ideal) {
    TraitColumns.Choice choice = TraitColumns.choose(dataset, ideal, Set.of(), Set.of());
    List<Selector> selectors = Selectors.build(dataset, choice.used());
    Map<String, TraitCounts> counts = new LinkedHashMap<>();
    if (selectors.isEmpty()) {
      return counts;
    }
    Bits idealRows = TraitDiscovery.idealRows(dataset);
    DiscoveryResult result =
        TraitDiscovery.discover(
            dataset, selectors, DiscoveryOptions.builder().maxDepth(1).seed(Drift.SEED).build());
    Set<String> published = new java.util.HashSet<>();
    for (Finding finding : result.published()) {
      published.add(finding.segment().label());
    }
    for (Selector selector : selectors) {
      counts.putIfAbsent(
          selector.condition(),
          new TraitCounts(
              selector.condition(),
              selector.rows().cardinality(),
              selector.rows().andCardinality(idealRows),
              idealRows.size(),
              idealRows.cardinality(),
              published.contains(selector.condition())));
    }
    return counts;
  }
}
