package org.icpengine.server.monitor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.store.Sql;

/** The monitor's tables: settings, drift checks and re-evaluations. */
public final class MonitorStore {
  private static final String CHECKS =
      "SELECT id, workspace_id, version_id, reference_dataset_id, dataset_id, checked_at, alarm,"
          + " error, report FROM drift_checks";
  private static final String REEVALUATIONS =
      "SELECT id, workspace_id, published_version_id, reason, drift_check_id, job_id, state,"
          + " version_id, summary, requested_at, finished_at FROM reevaluations";

  private MonitorStore() {}

  /** Returns the workspace's setting, the defaults when it never set one. */
  public static MonitorSettings settings(Connection db, long workspaceId) throws SQLException {
    return Sql.one(
            db,
            "SELECT every_months, on_drift FROM monitor_settings WHERE workspace_id = ?",
            row -> new MonitorSettings(row.getInt("every_months"), row.getBoolean("on_drift")),
            workspaceId)
        .orElse(MonitorSettings.DEFAULTS);
  }

  /** Stores the workspace's setting. */
  public static void setSettings(
      Connection db, long workspaceId, MonitorSettings settings, Instant now, String actor)
      throws SQLException {
    Sql.update(db, "DELETE FROM monitor_settings WHERE workspace_id = ?", workspaceId);
    Sql.update(
        db,
        "INSERT INTO monitor_settings (workspace_id, every_months, on_drift, updated_at,"
            + " updated_by) VALUES (?, ?, ?, ?, ?)",
        workspaceId,
        settings.everyMonths(),
        settings.onDrift(),
        now,
        actor);
  }

  /** Records a drift check; returns its id. */
  public static long addCheck(Connection db, DriftRecord check) throws SQLException {
    return Sql.insert(
        db,
        "INSERT INTO drift_checks (workspace_id, version_id, reference_dataset_id, dataset_id,"
            + " checked_at, alarm, error, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        check.workspaceId(),
        check.versionId(),
        check.referenceDatasetId(),
        check.datasetId(),
        check.checkedAt(),
        check.alarm(),
        check.error(),
        check.report());
  }

  /** Returns whether the dataset was checked against the version. */
  public static boolean checked(Connection db, long versionId, long datasetId) throws SQLException {
    return Sql.one(
            db,
            "SELECT id FROM drift_checks WHERE version_id = ? AND dataset_id = ?",
            row -> row.getLong("id"),
            versionId,
            datasetId)
        .isPresent();
  }

  /** Returns the workspace's newest checks, newest first; only alarms when asked. */
  public static List<DriftRecord> checks(
      Connection db, long workspaceId, boolean alarmsOnly, int limit) throws SQLException {
    return Sql.list(
        db,
        CHECKS
            + " WHERE workspace_id = ?"
            + (alarmsOnly ? " AND alarm" : "")
            + " ORDER BY id DESC LIMIT ?",
        MonitorStore::check,
        workspaceId,
        limit);
  }

  /** Returns one check. */
  public static Optional<DriftRecord> check(Connection db, long id) throws SQLException {
    return Sql.one(db, CHECKS + " WHERE id = ?", MonitorStore::check, id);
  }

  /** Records a re-evaluation that has started; returns its id. */
  public static long addReevaluation(
      Connection db,
      long workspaceId,
      long publishedVersionId,
      String reason,
      Long driftCheckId,
      long jobId,
      Instant now)
      throws SQLException {
    return Sql.insert(
        db,
        "INSERT INTO reevaluations (workspace_id, published_version_id, reason, drift_check_id,"
            + " job_id, state, summary, requested_at) VALUES (?, ?, ?, ?, ?, 'deriving', '{}', ?)",
        workspaceId,
        publishedVersionId,
        reason,
        driftCheckId,
        jobId,
        now);
  }

  /** Ends a re-evaluation: in review with its draft, or failed. */
  public static void endReevaluation(
      Connection db, long id, String state, Long versionId, String summary, Instant now)
      throws SQLException {
    Sql.update(
        db,
        "UPDATE reevaluations SET state = ?, version_id = ?, summary = ?, finished_at = ?"
            + " WHERE id = ? AND state = 'deriving'",
        state,
        versionId,
        summary,
        now,
        id);
  }

  /** Returns the workspace's newest re-evaluations, newest first. */
  public static List<Reevaluation> reevaluations(Connection db, long workspaceId, int limit)
      throws SQLException {
    return Sql.list(
        db,
        REEVALUATIONS + " WHERE workspace_id = ? ORDER BY id DESC LIMIT ?",
        MonitorStore::reevaluation,
        workspaceId,
        limit);
  }

  /** Returns every re-evaluation still deriving, oldest first. */
  public static List<Reevaluation> deriving(Connection db) throws SQLException {
    return Sql.list(
        db, REEVALUATIONS + " WHERE state = 'deriving' ORDER BY id", MonitorStore::reevaluation);
  }

  /** Returns the options of the derive that made a version, if a derive made it. */
  public static Optional<String> deriveOptions(Connection db, long versionId) throws SQLException {
    return Sql.one(
        db,
        "SELECT options FROM jobs WHERE version_id = ? ORDER BY id DESC",
        row -> row.getString("options"),
        versionId);
  }

  private static DriftRecord check(ResultSet row) throws SQLException {
    return new DriftRecord(
        row.getLong("id"),
        row.getLong("workspace_id"),
        row.getLong("version_id"),
        row.getLong("reference_dataset_id"),
        row.getLong("dataset_id"),
        Sql.instant(row, "checked_at"),
        row.getBoolean("alarm"),
        row.getString("error"),
        row.getString("report"));
  }

  private static Reevaluation reevaluation(ResultSet row) throws SQLException {
    return new Reevaluation(
        row.getLong("id"),
        row.getLong("workspace_id"),
        row.getLong("published_version_id"),
        row.getString("reason"),
        Sql.nullableLong(row, "drift_check_id"),
        row.getLong("job_id"),
        row.getString("state"),
        Sql.nullableLong(row, "version_id"),
        row.getString("summary"),
        Sql.instant(row, "requested_at"),
        Sql.instant(row, "finished_at"));
  }
}
