package org.icpengine.server.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.store.Sql;

/** The KPI targets of each workspace and the KPI snapshots, in the app database. */
public final class KpiStore {
  private KpiStore() {}

  /** Returns a workspace's targets in catalogue order. */
  public static List<KpiTarget> list(Connection db, long workspaceId) throws SQLException {
    List<KpiTarget> targets =
        Sql.list(
            db,
            "SELECT * FROM kpi_targets WHERE workspace_id = ?",
            row ->
                new KpiTarget(
                    Kpi.of(row.getString("kpi")),
                    row.getDouble("target"),
                    row.getString("owner"),
                    row.getString("set_by"),
                    Sql.instant(row, "set_at")),
            workspaceId);
    return targets.stream().sorted(java.util.Comparator.comparing(KpiTarget::kpi)).toList();
  }

  /** Returns the workspace's target for a KPI, if set. */
  public static Optional<KpiTarget> get(Connection db, long workspaceId, Kpi kpi)
      throws SQLException {
    return list(db, workspaceId).stream().filter(t -> t.kpi() == kpi).findFirst();
  }

  /** Sets a KPI's target, replacing the one it had. */
  public static void set(Connection db, long workspaceId, KpiTarget target) throws SQLException {
    remove(db, workspaceId, target.kpi());
    Sql.update(
        db,
        "INSERT INTO kpi_targets (workspace_id, kpi, target, owner, set_by, set_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        workspaceId,
        target.kpi().key(),
        target.target(),
        target.owner(),
        target.setBy(),
        target.setAt());
  }

  /** Removes a KPI's target; returns whether it had one. */
  public static boolean remove(Connection db, long workspaceId, Kpi kpi) throws SQLException {
    return Sql.update(
            db,
            "DELETE FROM kpi_targets WHERE workspace_id = ? AND kpi = ?",
            workspaceId,
            kpi.key())
        > 0;
  }

  /** Figures kept for a version on a dataset: as JSON, and when they were computed. */
  public record Snapshot(String figures, java.time.Instant computedAt) {}

  /** Returns the figures kept for a version on a dataset, if computed. */
  public static Optional<Snapshot> snapshot(Connection db, long versionId, long datasetId)
      throws SQLException {
    return Sql.one(
        db,
        "SELECT figures, computed_at FROM kpi_snapshots WHERE version_id = ? AND dataset_id = ?",
        row -> new Snapshot(row.getString("figures"), Sql.instant(row, "computed_at")),
        versionId,
        datasetId);
  }

  /** Stores the figures of a version on a dataset, replacing any. */
  public static void saveSnapshot(
      Connection db, long versionId, long datasetId, java.time.Instant at, String figures)
      throws SQLException {
    Sql.update(
        db,
        "DELETE FROM kpi_snapshots WHERE version_id = ? AND dataset_id = ?",
        versionId,
        datasetId);
    Sql.update(
        db,
        "INSERT INTO kpi_snapshots (version_id, dataset_id, computed_at, figures)"
            + " VALUES (?, ?, ?, ?)",
        versionId,
        datasetId,
        at,
        figures);
  }
}
