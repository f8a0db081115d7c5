/**
 * ICP KPIs with targets: the KPI catalogue ({@link org.icpengine.server.kpi.Kpi}), each figure with
 * its interval, sample size and trend, computed for the published version on the workspace's latest
 * linked dataset and kept as a snapshot; the target and owner a team sets per KPI, and the status
 * against it. Start from {@link org.icpengine.server.kpi.Kpis}.
 */
package org.icpengine.server.kpi;
