/**
 * Trait discovery on a dataset: which attribute columns may become traits ({@link
 * org.icpengine.data.traits.TraitColumns}), the selectors built from them ({@link
 * org.icpengine.data.traits.Selectors}), and the search itself ({@link
 * org.icpengine.data.traits.TraitDiscovery}), which hands bitsets to {@link
 * org.icpengine.core.discovery.Discovery}.
 */
package org.icpengine.data.traits;
