package org.icpengine.server.kpi;

import java.time.Instant;

/**
 * The target a team set for a KPI, and who owns it (an OKR).
 *
 * @param kpi the KPI
 * @param target the value to reach, in the KPI's unit; "reach" means at least for KPIs where higher
 *     is better, at most for the others (churn, CAC)
 * @param owner who answers for it, as the team wrote it
 * @param setBy who set it
 * @param setAt when
 */
public record KpiTarget(Kpi kpi, double target, String owner, String setBy, Instant setAt) {}
