package org.icpengine.server.version;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.icpengine.server.store.Sql;

/** The report.html of derived versions, kept beside them (table {@code version_reports}). */
public final class ReportStore {
  private ReportStore() {}

  /** Keeps the report of a version. */
  public static void put(Connection db, long versionId, String html) throws SQLException {
    Sql.update(db, "INSERT INTO version_reports (version_id, html) VALUES (?, ?)", versionId, html);
  }

  /** Returns the report of a version, or empty when it has none (imported, or derived earlier). */
  public static Optional<String> get(Connection db, long versionId) throws SQLException {
    return Sql.one(
        db,
        "SELECT html FROM version_reports WHERE version_id = ?",
        r -> r.getString(1),
        versionId);
  }

  /** Returns whether a version has a report, without reading it. */
  public static boolean exists(Connection db, long versionId) throws SQLException {
    return Sql.one(
            db, "SELECT 1 FROM version_reports WHERE version_id = ?", r -> r.getInt(1), versionId)
        .isPresent();
  }
}
