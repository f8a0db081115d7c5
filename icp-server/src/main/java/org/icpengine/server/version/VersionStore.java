package org.icpengine.server.version;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.Sql;

/** Versions in the app database. Every change raises the revision and checks the one expected. */
public final class VersionStore {
  private static final String SUMMARY =
      "id, workspace_id, number, state, revision, origin, dataset_id, notes, CAST(NULL AS"
          + " VARCHAR) AS icp, created_at, created_by, updated_at, updated_by";

  private VersionStore() {}

  /** Adds a draft with the next number; the workspace row is locked so numbers never clash. */
  public static Version create(
      Connection db,
      long workspaceId,
      String origin,
      Long datasetId,
      String notes,
      String icp,
      Instant now,
      String actor)
      throws SQLException {
    Sql.one(
        db, "SELECT id FROM workspaces WHERE id = ? FOR UPDATE", r -> r.getLong(1), workspaceId);
    int number =
        Sql.one(
                db,
                "SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE workspace_id = ?",
                r -> r.getInt(1),
                workspaceId)
            .orElse(1);
    long id =
        Sql.insert(
            db,
            "INSERT INTO versions (workspace_id, number, state, revision, origin, dataset_id, notes,"
                + " icp, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 1, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)",
            workspaceId,
            number,
            VersionState.DRAFT.key(),
            origin,
            datasetId,
            notes,
            icp,
            now,
            actor,
            now,
            actor);
    return new Version(
        id,
        workspaceId,
        number,
        VersionState.DRAFT,
        1,
        origin,
        datasetId,
        notes,
        icp,
        now,
        actor,
        now,
        actor);
  }

  /** Returns the workspace's versions without their documents, newest first. */
  public static List<Version> list(Connection db, long workspaceId) throws SQLException {
    return Sql.list(
        db,
        "SELECT " + SUMMARY + " FROM versions WHERE workspace_id = ? ORDER BY number DESC",
        VersionStore::read,
        workspaceId);
  }

  /**
   * Returns a version with its document.
   *
   * @throws ServerException 404 when the workspace has no such version
   */
  public static Version get(Connection db, long workspaceId, int number) throws SQLException {
    return find(db, workspaceId, number)
        .orElseThrow(
            () ->
                ServerException.notFound(
                    "no version " + number + " in this workspace: list them at …/versions"));
  }

  /** Returns a version by id, with its document. */
  public static Optional<Version> byId(Connection db, long id) throws SQLException {
    return Sql.one(db, "SELECT * FROM versions WHERE id = ?", VersionStore::read, id);
  }

  private static Optional<Version> find(Connection db, long workspaceId, int number)
      throws SQLException {
    return Sql.one(
        db,
        "SELECT * FROM versions WHERE workspace_id = ? AND number = ?",
        VersionStore::read,
        workspaceId,
        number);
  }

  /**
   * Replaces the notes and document if the version is still at the expected revision.
   *
   * @throws ServerException 409 when someone changed it since
   */
  public static Version update(
      Connection db,
      Version version,
      int expectedRevision,
      String notes,
      String icp,
      Instant now,
      String actor)
      throws SQLException {
    int changed =
        Sql.update(
            db,
            "UPDATE versions SET notes = ?, icp = ?, revision = revision + 1, updated_at = ?,"
                + " updated_by = ? WHERE id = ? AND revision = ?",
            notes,
            icp,
            now,
            actor,
            version.id(),
            expectedRevision);
    checkChanged(db, version, expectedRevision, changed);
    return get(db, version.workspaceId(), version.number());
  }

  /**
   * Moves the version to a state if it is still at the expected revision.
   *
   * @throws ServerException 409 when someone changed it since
   */
  public static Version move(
      Connection db,
      Version version,
      int expectedRevision,
      VersionState state,
      Instant now,
      String actor)
      throws SQLException {
    int changed =
        Sql.update(
            db,
            "UPDATE versions SET state = ?, revision = revision + 1, updated_at = ?, updated_by = ?"
                + " WHERE id = ? AND revision = ?",
            state.key(),
            now,
            actor,
            version.id(),
            expectedRevision);
    checkChanged(db, version, expectedRevision, changed);
    return get(db, version.workspaceId(), version.number());
  }

  private static void checkChanged(
      Connection db, Version version, int expectedRevision, int changed) throws SQLException {
    if (changed == 1) {
      return;
    }
    Version now = get(db, version.workspaceId(), version.number());
    throw ServerException.conflict(
        "version "
            + version.number()
            + " is at revision "
            + now.revision()
            + " (changed by "
            + now.updatedBy()
            + "), not "
            + expectedRevision
            + ": reload it and apply your change again");
  }

  private static Version read(ResultSet row) throws SQLException {
    return new Version(
        row.getLong("id"),
        row.getLong("workspace_id"),
        row.getInt("number"),
        VersionState.of(row.getString("state")),
        row.getInt("revision"),
        row.getString("origin"),
        Sql.nullableLong(row, "dataset_id"),
        row.getString("notes"),
        row.getString("icp"),
        Sql.instant(row, "created_at"),
        row.getString("created_by"),
        Sql.instant(row, "updated_at"),
        row.getString("updated_by"));
  }
}
