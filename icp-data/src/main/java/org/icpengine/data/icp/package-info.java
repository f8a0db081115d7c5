/**
 * The ICP definition derived from a dataset: traits, segments, coverage, summary and provenance
 * ({@link org.icpengine.data.icp.IcpDefinition}), made by {@link org.icpengine.data.icp.Derivation}
 * and written as {@code icp.json} by {@link org.icpengine.data.icp.IcpJson}.
 */
package org.icpengine.data.icp;
