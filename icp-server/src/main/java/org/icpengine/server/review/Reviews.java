package org.icpengine.server.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Caller;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;
import org.icpengine.server.version.PublishGate;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionState;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;

/** Comments, sign-offs and the publishing rule, each change audited. */
public final class Reviews {
  private static final int BODY_LIMIT = 4000;

  private final Database database;
  private final Clock clock;

  /** Creates the service. */
  public Reviews(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Adds a comment on a version's trait (or on "version"), optionally answering another.
   *
   * @throws ServerException 400 for an empty or long comment or an answer to another version's
   */
  public Comment comment(
      Workspace workspace, int number, String subject, Long parentId, String body, String actor) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > BODY_LIMIT) {
      throw ServerException.badRequest(
          "a comment needs 1 to " + BODY_LIMIT + " characters, not " + text.length());
    }
    Instant now = clock.instant();
    return database.inTransaction(
        db -> {
          Version version = VersionStore.get(db, workspace.id(), number);
          String about = subject == null || subject.isBlank() ? "version" : subject.strip();
          if (parentId != null
              && ReviewStore.comments(db, version.id()).stream()
                  .noneMatch(c -> c.id() == parentId)) {
            throw ServerException.badRequest("the comment answered is not on this version");
          }
          long id = ReviewStore.comment(db, version.id(), about, parentId, actor, text, now);
          AuditLog.record(
              db, workspace.id(), now, actor, "comment.added", "version " + number, about);
          return new Comment(id, version.id(), about, parentId, actor, text, now);
        });
  }

  /** Returns a version's comments, oldest first. */
  public List<Comment> comments(Workspace workspace, int number) {
    return database.inTransaction(
        db -> ReviewStore.comments(db, VersionStore.get(db, workspace.id(), number).id()));
  }

  /**
   * Records a department's decision on a version in review. A sign-off is given by a person (not a
   * token) for their own department only, and by one person for one department per version.
   *
   * @throws ServerException 409 when the version is not in review or the person already signed off
   *     for another department; 403 when the caller is a token or of another department
   */
  public void signOff(
      Workspace workspace,
      int number,
      Department department,
      boolean approved,
      String note,
      Caller caller) {
    Instant now = clock.instant();
    String actor = caller.actor();
    database.inTransaction(
        db -> {
          Version version = VersionStore.get(db, workspace.id(), number);
          if (version.state() != VersionState.IN_REVIEW) {
            throw ServerException.conflict(
                "version "
                    + number
                    + " is "
                    + version.state().key()
                    + ": departments sign off versions in review");
          }
          Signers.check(db, workspace, version, department, caller);
          ReviewStore.signOff(
              db,
              version.id(),
              new SignOff(department, approved, note == null ? "" : note.strip(), actor, now));
          AuditLog.record(
              db,
              workspace.id(),
              now,
              actor,
              approved ? "signoff.approved" : "signoff.changes_requested",
              "version " + number,
              department.label() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
          return null;
        });
  }

  /** Returns a version's sign-offs. */
  public List<SignOff> signOffs(Workspace workspace, int number) {
    return database.inTransaction(
        db -> ReviewStore.signOffs(db, VersionStore.get(db, workspace.id(), number).id()));
  }

  /** Returns the departments the workspace requires. */
  public Set<Department> required(Workspace workspace) {
    return database.inTransaction(db -> ReviewStore.required(db, workspace.id()));
  }

  /** Sets the departments the workspace requires. */
  public void setRequired(Workspace workspace, Set<Department> required, String actor) {
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          ReviewStore.setRequired(db, workspace.id(), required);
          AuditLog.record(
              db,
              workspace.id(),
              now,
              actor,
              "settings.signoffs",
              "workspace " + workspace.name(),
              required.isEmpty()
                  ? "no sign-off required"
                  : String.join(", ", required.stream().map(Department::label).toList()));
          return null;
        });
  }

  /** Returns the required departments that have not approved the version, in order. */
  public static Set<Department> missing(Connection db, long workspaceId, long versionId)
      throws SQLException {
    Set<Department> missing = EnumSet.noneOf(Department.class);
    missing.addAll(ReviewStore.required(db, workspaceId));
    for (SignOff s : ReviewStore.signOffs(db, versionId)) {
      if (s.approved()) {
        missing.remove(s.department());
      }
    }
    return missing;
  }

  /** The publishing rule, for {@link org.icpengine.server.version.Versions}. */
  public static final class Gate implements PublishGate {
    @Override
    public List<String> missingApprovals(Connection db, Version version) throws SQLException {
      return missing(db, version.workspaceId(), version.id()).stream()
          .map(Department::label)
          .toList();
    }

    @Override
    public void backToDraft(Connection db, Version version) throws SQLException {
      ReviewStore.clearSignOffs(db, version.id());
    }
  }
}
