package org.icpengine.server.kpi;

import java.time.Instant;
import java.util.List;

/**
 * A workspace's KPIs as the dashboard shows them: stamped with the version and dataset they were
 * computed for, each with its target and status.
 *
 * @param version the published version's number
 * @param datasetId the linked dataset's id
 * @param datasetName the linked dataset's name
 * @param computedAt when the figures were computed
 * @param rows the KPIs in catalogue order
 */
public record KpiBoard(
    int version, long datasetId, String datasetName, Instant computedAt, List<Row> rows) {
  /**
   * One KPI.
   *
   * @param kpi the KPI
   * @param figure its value, interval, size and trend
   * @param target its target, or null
   * @param status where it stands against the target
   */
  public record Row(Kpi kpi, KpiFigure figure, KpiTarget target, KpiStatus status) {}
}
