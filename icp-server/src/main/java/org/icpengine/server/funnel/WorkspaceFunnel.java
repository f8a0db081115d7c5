package org.icpengine.server.funnel;

import org.icpengine.data.funnel.FunnelReport;

/**
 * A workspace's funnel, stamped with what it was computed from.
 *
 * @param version the published version's number
 * @param datasetId the linked dataset's id
 * @param datasetName the linked dataset's name
 * @param report the funnel by tier and channel
 */
public record WorkspaceFunnel(
    int version, long datasetId, String datasetName, FunnelReport report) {}
