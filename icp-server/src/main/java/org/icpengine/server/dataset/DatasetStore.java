package org.icpengine.server.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.Sql;

/** Datasets in the app database. */
public final class DatasetStore {
  private static final String SUMMARY =
      "id, workspace_id, name, stored_file, size_bytes, sha256, row_count, CAST(NULL AS VARCHAR)"
          + " AS profile, uploaded_at, uploaded_by";

  private DatasetStore() {}

  /** Stores a dataset's record and returns its id. */
  public static long create(Connection db, StoredDataset d) throws SQLException {
    return Sql.insert(
        db,
        "INSERT INTO datasets (workspace_id, name, stored_file, size_bytes, sha256, row_count,"
            + " profile, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.workspaceId(),
        d.name(),
        d.storedFile(),
        d.sizeBytes(),
        d.sha256(),
        d.rows(),
        d.profile(),
        d.uploadedAt(),
        d.uploadedBy());
  }

  /** Returns the workspace's datasets without profiles, newest first. */
  public static List<StoredDataset> list(Connection db, long workspaceId) throws SQLException {
    return Sql.list(
        db,
        "SELECT " + SUMMARY + " FROM datasets WHERE workspace_id = ? ORDER BY id DESC",
        DatasetStore::read,
        workspaceId);
  }

  /**
   * Returns one of the workspace's datasets with its profile.
   *
   * @throws ServerException 404 when the workspace has no such dataset
   */
  public static StoredDataset get(Connection db, long workspaceId, long id) throws SQLException {
    return Sql.one(
            db,
            "SELECT * FROM datasets WHERE workspace_id = ? AND id = ?",
            DatasetStore::read,
            workspaceId,
            id)
        .orElseThrow(
            () ->
                ServerException.notFound(
                    "no dataset " + id + " in this workspace: list them at …/datasets"));
  }

  /** Stores a dataset's fixed columns and the profile they give. */
  public static void remap(Connection db, long id, String mapping, String profile)
      throws SQLException {
    Sql.update(
        db, "UPDATE datasets SET mapping = ?, profile = ? WHERE id = ?", mapping, profile, id);
  }

  /** Returns a dataset's fixed columns as JSON. */
  public static String mapping(Connection db, long id) throws SQLException {
    return Sql.one(db, "SELECT mapping FROM datasets WHERE id = ?", row -> row.getString(1), id)
        .orElse("{}");
  }

  /** Returns how many bytes of datasets the workspace keeps. */
  public static long bytes(Connection db, long workspaceId) throws SQLException {
    return Sql.one(
            db,
            "SELECT COALESCE(SUM(size_bytes), 0) FROM datasets WHERE workspace_id = ?",
            row -> row.getLong(1),
            workspaceId)
        .orElse(0L);
  }

  /** Returns the numbers of the versions derived from the dataset. */
  public static List<Integer> versionsFrom(Connection db, long id) throws SQLException {
    return Sql.list(
        db,
        "SELECT number FROM versions WHERE dataset_id = ? ORDER BY number",
        row -> row.getInt(1),
        id);
  }

  /** Returns how many derives of the dataset are queued or running. */
  public static long unfinishedJobs(Connection db, long id) throws SQLException {
    return Sql.one(
            db,
            "SELECT COUNT(*) FROM jobs WHERE dataset_id = ? AND state IN ('queued', 'running')",
            row -> row.getLong(1),
            id)
        .orElse(0L);
  }

  /**
   * Deletes the dataset's record with the ended derives of it that made no version (failed or
   * cancelled); the caller checks first that no version and no unfinished derive needs it.
   */
  public static void delete(Connection db, long id) throws SQLException {
    Sql.update(db, "DELETE FROM jobs WHERE dataset_id = ? AND version_id IS NULL", id);
    Sql.update(db, "DELETE FROM datasets WHERE id = ?", id);
  }

  /**
   * Returns every stored file name (datasets and the zips of exports kept with them), to find files
   * no record points at.
   */
  public static List<String> storedFiles(Connection db) throws SQLException {
    return Sql.list(
        db,
        "SELECT stored_file FROM datasets UNION ALL SELECT exports_file FROM datasets"
            + " WHERE exports_file IS NOT NULL",
        row -> row.getString(1));
  }

  /** Records the zip of linked exports a dataset was assembled from, relative to the folder. */
  public static void setExports(Connection db, long id, String exportsFile) throws SQLException {
    Sql.update(db, "UPDATE datasets SET exports_file = ? WHERE id = ?", exportsFile, id);
  }

  /** Returns the zip of linked exports kept with a dataset, relative to the folder, if any. */
  public static Optional<String> exportsFile(Connection db, long id) throws SQLException {
    return Sql.one(
        db, "SELECT exports_file FROM datasets WHERE id = ?", row -> row.getString(1), id);
  }

  /** Returns the workspace's newest dataset assembled from a zip of linked exports, if any. */
  public static Optional<StoredDataset> latestLinked(Connection db, long workspaceId)
      throws SQLException {
    return Sql.one(
        db,
        "SELECT "
            + SUMMARY
            + " FROM datasets WHERE workspace_id = ? AND exports_file IS NOT NULL"
            + " ORDER BY id DESC LIMIT 1",
        DatasetStore::read,
        workspaceId);
  }

  /** Returns a dataset by id in any workspace, if any. */
  public static Optional<StoredDataset> byId(Connection db, long id) throws SQLException {
    return Sql.one(db, "SELECT * FROM datasets WHERE id = ?", DatasetStore::read, id);
  }

  private static StoredDataset read(ResultSet row) throws SQLException {
    return new StoredDataset(
        row.getLong("id"),
        row.getLong("workspace_id"),
        row.getString("name"),
        row.getString("stored_file"),
        row.getLong("size_bytes"),
        row.getString("sha256"),
        row.getLong("row_count"),
        row.getString("profile"),
        Sql.instant(row, "uploaded_at"),
        row.getString("uploaded_by"));
  }
}
