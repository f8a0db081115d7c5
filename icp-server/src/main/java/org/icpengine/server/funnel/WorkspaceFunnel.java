package org.icpengine.server.funnel;

import java.util.List;
import org.icpengine.data.funnel.FunnelReport;

/**
 * A workspace's funnel, stamped with what it was computed from.
 *
 * @param version the published version's number
 * @param datasetId the linked dataset's id
 * @param datasetName the linked dataset's name
 * @param report the funnel by tier and channel
 * @param columns the model's columns, whose names the pages show as a CRM shows them
 */
public record WorkspaceFunnel(
    int version, long datasetId, String datasetName, FunnelReport report, List<String> columns) {

  /** Copies the columns. */
  public WorkspaceFunnel {
    columns = List.copyOf(columns);
  }
}
