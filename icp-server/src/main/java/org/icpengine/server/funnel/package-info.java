/**
 * The funnel by ICP tier of a workspace: {@code data.funnel} run on the workspace's newest linked
 * dataset's exports with its published version, kept in memory per version, dataset and cohort
 * period. Start from {@link org.icpengine.server.funnel.Funnels}.
 */
package org.icpengine.server.funnel;
