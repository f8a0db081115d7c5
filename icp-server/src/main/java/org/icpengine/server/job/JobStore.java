package org.icpengine.server.job;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.Sql;

/** Jobs in the app database. */
public final class JobStore {
  private static final String SELECT =
      "SELECT j.*, v.number AS version_number FROM jobs j LEFT JOIN versions v ON v.id ="
          + " j.version_id ";

  private JobStore() {}

  /** Records a queued job and returns its id. */
  public static long create(
      Connection db,
      long workspaceId,
      long datasetId,
      String options,
      int steps,
      Instant now,
      String actor)
      throws SQLException {
    return Sql.insert(
        db,
        "INSERT INTO jobs (workspace_id, dataset_id, options, state, step, steps, step_name,"
            + " created_at, created_by) VALUES (?, ?, ?, 'queued', 0, ?, 'waiting to start', ?, ?)",
        workspaceId,
        datasetId,
        options,
        steps,
        now,
        actor);
  }

  /**
   * Takes a queued job to run it; returns false when it is no longer queued (cancelled, or taken by
   * another server on the same database), and then it must not run.
   */
  public static boolean claim(Connection db, long id) throws SQLException {
    return Sql.update(
            db,
            "UPDATE jobs SET state = 'running', step_name = 'waiting for an engine' WHERE id = ?"
                + " AND state = 'queued'",
            id)
        == 1;
  }

  /** Cancels a job that is still queued; returns false when it no longer is. */
  public static boolean cancelQueued(Connection db, long id, String error, Instant now)
      throws SQLException {
    return Sql.update(
            db,
            "UPDATE jobs SET state = 'cancelled', error = ?, finished_at = ? WHERE id = ? AND state"
                + " = 'queued'",
            error,
            now,
            id)
        == 1;
  }

  /** Records the step under way. */
  public static void step(Connection db, long id, int step, String name) throws SQLException {
    Sql.update(
        db,
        "UPDATE jobs SET state = 'running', step = ?, step_name = ? WHERE id = ?",
        step,
        name.length() > 200 ? name.substring(0, 200) : name,
        id);
  }

  /** Records success and the version made. */
  public static void succeeded(Connection db, long id, long versionId, Instant now)
      throws SQLException {
    Sql.update(
        db,
        "UPDATE jobs SET state = 'succeeded', step = steps, step_name = 'done', version_id = ?,"
            + " finished_at = ? WHERE id = ?",
        versionId,
        now,
        id);
  }

  /** Records how a job ended other than in success: failed or cancelled, and why. */
  public static void end(Connection db, long id, String state, String error, Instant now)
      throws SQLException {
    Sql.update(
        db,
        "UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE id = ?",
        state,
        error.length() > 2000 ? error.substring(0, 2000) : error,
        now,
        id);
  }

  /**
   * Fails the jobs a stopped server left running (one, as derives run one at a time); returns how
   * many. The jobs queued behind it stay queued.
   */
  public static int failRunning(Connection db, Instant now) throws SQLException {
    return Sql.update(
        db,
        "UPDATE jobs SET state = 'failed', error = 'the server stopped while the derive ran: start"
            + " it again', finished_at = ? WHERE state = 'running'",
        now);
  }

  /** Returns every queued job of every workspace, oldest first. */
  public static List<Job> queued(Connection db) throws SQLException {
    return Sql.list(db, SELECT + "WHERE j.state = 'queued' ORDER BY j.id", JobStore::read);
  }

  /**
   * Returns one of the workspace's jobs.
   *
   * @throws ServerException 404 when it has no such job
   */
  public static Job get(Connection db, long workspaceId, long id) throws SQLException {
    return Sql.one(
            db, SELECT + "WHERE j.workspace_id = ? AND j.id = ?", JobStore::read, workspaceId, id)
        .orElseThrow(() -> ServerException.notFound("no job " + id + " in this workspace"));
  }

  /** Returns the workspace's newest jobs. */
  public static List<Job> list(Connection db, long workspaceId, int limit) throws SQLException {
    return Sql.list(
        db,
        SELECT + "WHERE j.workspace_id = ? ORDER BY j.id DESC LIMIT ?",
        JobStore::read,
        workspaceId,
        limit);
  }

  private static Job read(ResultSet row) throws SQLException {
    Long version = Sql.nullableLong(row, "version_number");
    return new Job(
        row.getLong("id"),
        row.getLong("workspace_id"),
        row.getLong("dataset_id"),
        row.getString("options"),
        row.getString("state"),
        row.getInt("step"),
        row.getInt("steps"),
        row.getString("step_name"),
        row.getString("error"),
        version == null ? null : version.intValue(),
        Sql.instant(row, "created_at"),
        row.getString("created_by"),
        Sql.instant(row, "finished_at"));
  }
}
