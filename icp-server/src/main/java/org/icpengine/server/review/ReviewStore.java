package org.icpengine.server.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icpengine.server.store.Sql;

/** Comments, sign-offs and required departments in the app database. */
public final class ReviewStore {
  private ReviewStore() {}

  /** Stores a comment and returns its id. */
  public static long comment(
      Connection db,
      long versionId,
      String subject,
      Long parentId,
      String author,
      String body,
      Instant now)
      throws SQLException {
    return Sql.insert(
        db,
        "INSERT INTO comments (version_id, subject, parent_id, author, body, created_at) VALUES"
            + " (?, ?, ?, ?, ?, ?)",
        versionId,
        subject,
        parentId,
        author,
        body,
        now);
  }

  /** Returns a version's comments, oldest first. */
  public static List<Comment> comments(Connection db, long versionId) throws SQLException {
    return Sql.list(
        db,
        "SELECT * FROM comments WHERE version_id = ? ORDER BY id",
        row ->
            new Comment(
                row.getLong("id"),
                row.getLong("version_id"),
                row.getString("subject"),
                Sql.nullableLong(row, "parent_id"),
                row.getString("author"),
                row.getString("body"),
                Sql.instant(row, "created_at")),
        versionId);
  }

  /** Records a department's decision, replacing an earlier one. */
  public static void signOff(Connection db, long versionId, SignOff signOff) throws SQLException {
    Sql.update(
        db,
        "DELETE FROM signoffs WHERE version_id = ? AND department = ?",
        versionId,
        signOff.department().key());
    Sql.update(
        db,
        "INSERT INTO signoffs (version_id, department, decision, note, signed_by, signed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        versionId,
        signOff.department().key(),
        signOff.approved() ? "approved" : "changes",
        signOff.note(),
        signOff.signedBy(),
        signOff.signedAt());
  }

  /** Returns a version's sign-offs, in department order. */
  public static List<SignOff> signOffs(Connection db, long versionId) throws SQLException {
    List<SignOff> all =
        Sql.list(
            db,
            "SELECT * FROM signoffs WHERE version_id = ?",
            row ->
                new SignOff(
                    Department.of(row.getString("department")),
                    row.getString("decision").equals("approved"),
                    row.getString("note"),
                    row.getString("signed_by"),
                    Sql.instant(row, "signed_at")),
            versionId);
    List<SignOff> ordered = new ArrayList<>(all);
    ordered.sort(java.util.Comparator.comparing(SignOff::department));
    return ordered;
  }

  /** Forgets a version's sign-offs, when it goes back to draft. */
  public static void clearSignOffs(Connection db, long versionId) throws SQLException {
    Sql.update(db, "DELETE FROM signoffs WHERE version_id = ?", versionId);
  }

  /** Returns the departments that must approve before a workspace publishes. */
  public static Set<Department> required(Connection db, long workspaceId) throws SQLException {
    String keys =
        Sql.one(
                db,
                "SELECT required_signoffs FROM workspaces WHERE id = ?",
                row -> row.getString(1),
                workspaceId)
            .orElse("");
    Set<Department> required = EnumSet.noneOf(Department.class);
    for (String key : keys.split(",")) {
      if (!key.isBlank()) {
        required.add(Department.of(key.trim()));
      }
    }
    return required;
  }

  /** Sets the departments that must approve. */
  public static void setRequired(Connection db, long workspaceId, Set<Department> required)
      throws SQLException {
    Sql.update(
        db,
        "UPDATE workspaces SET required_signoffs = ? WHERE id = ?",
        String.join(",", required.stream().map(Department::key).toList()),
        workspaceId);
  }

  /** Stores a version's score distribution: accounts per score 0–100, as JSON. */
  public static void setHistogram(Connection db, long versionId, String histogram)
      throws SQLException {
    Sql.update(db, "UPDATE versions SET score_histogram = ? WHERE id = ?", histogram, versionId);
  }

  /** Returns a version's score distribution as JSON, or null. */
  public static String histogram(Connection db, long versionId) throws SQLException {
    return Sql.one(
            db,
            "SELECT score_histogram FROM versions WHERE id = ?",
            row -> row.getString(1),
            versionId)
        .orElse(null);
  }
}
