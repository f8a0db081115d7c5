package org.icpengine.server.version;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/** Makes, edits and moves versions, each change in one transaction with its audit entry. */
public final class Versions {
  private final Database database;
  private final Clock clock;
  private final Runnable onPublished;
  private final PublishGate gate;

  /**
   * Creates the service.
   *
   * @param onPublished told after a change to what a workspace publishes (scoring caches)
   * @param gate what must hold before publishing (the review's sign-offs)
   */
  public Versions(Database database, Clock clock, Runnable onPublished, PublishGate gate) {
    this.database = database;
    this.clock = clock;
    this.onPublished = onPublished;
    this.gate = gate;
  }

  /**
   * Imports an icp.json made by {@code icp derive} as a new draft.
   *
   * @throws ServerException 422 when it is not an ICP this version can score with
   */
  public Version importIcp(Workspace workspace, JsonNode icp, String notes, String actor) {
    DraftEdit.checkNotes(notes);
    checkScores(icp, "the uploaded icp.json");
    return database.inTransaction(db -> add(db, workspace, "imported", null, notes, icp, actor));
  }

  /** Adds a derived ICP as a new draft, inside the caller's transaction. */
  public Version add(
      Connection db,
      Workspace workspace,
      String origin,
      Long datasetId,
      String notes,
      JsonNode icp,
      String actor)
      throws SQLException {
    Instant now = clock.instant();
    Version version =
        VersionStore.create(
            db, workspace.id(), origin, datasetId, notes, icp.toString(), now, actor);
    AuditLog.record(
        db,
        workspace.id(),
        now,
        actor,
        "version." + origin,
        "version " + version.number(),
        datasetId == null ? "" : "from dataset " + datasetId);
    return version;
  }

  /** Returns the workspace's versions, newest first, without documents. */
  public List<Version> list(Workspace workspace) {
    return database.inTransaction(db -> VersionStore.list(db, workspace.id()));
  }

  /** Returns a version with its document. */
  public Version get(Workspace workspace, int number) {
    return database.inTransaction(db -> VersionStore.get(db, workspace.id(), number));
  }

  /**
   * Edits a draft that is still at the expected revision.
   *
   * @throws ServerException 409 when it is not a draft or was changed since; 422 when the edit
   *     would leave a model that cannot score
   */
  public Version edit(
      Workspace workspace, int number, int expectedRevision, DraftEdit edit, String actor) {
    return database.inTransaction(
        db -> {
          Version version = VersionStore.get(db, workspace.id(), number);
          if (version.state() != VersionState.DRAFT) {
            throw ServerException.conflict(
                "version "
                    + number
                    + " is "
                    + version.state().key()
                    + "; only drafts can be edited: import or derive a new version");
          }
          Instant now = clock.instant();
          Version updated =
              VersionStore.update(
                  db,
                  version,
                  expectedRevision,
                  edit.notes().orElse(version.notes()),
                  edit.apply(version.icp()),
                  now,
                  actor);
          AuditLog.record(
              db,
              workspace.id(),
              now,
              actor,
              "version.edited",
              "version " + number,
              edit.describe());
          return updated;
        });
  }

  /**
   * Moves a version to another state; publishing archives the version published before, in the same
   * transaction, so exactly one is published.
   *
   * @throws ServerException 409 when the move is not allowed from its state or it changed since
   */
  public Version move(
      Workspace workspace, int number, int expectedRevision, VersionState to, String actor) {
    return move(workspace, number, expectedRevision, to, actor, Optional.empty());
  }

  /**
   * Moves a version to another state as {@link #move(Workspace, int, int, VersionState, String)}
   * does; a version that is not usable is published only with a written justification, kept in the
   * audit log as {@code version.publish_override}.
   *
   * @param override the justification for publishing a version that is not usable
   * @throws ServerException 409 when the move is not allowed, the version changed since, or it is
   *     not usable and no justification was given
   */
  public Version move(
      Workspace workspace,
      int number,
      int expectedRevision,
      VersionState to,
      String actor,
      Optional<String> override) {
    Version moved =
        database.inTransaction(
            db -> {
              Version version = VersionStore.get(db, workspace.id(), number);
              if (!version.state().mayBecome(to)) {
                throw ServerException.conflict(
                    "version "
                        + number
                        + " is "
                        + version.state().key()
                        + " and cannot become "
                        + to.key()
                        + allowed(version.state()));
              }
              if (to == VersionState.PUBLISHED) {
                List<String> missing = gate.missingApprovals(db, version);
                if (!missing.isEmpty()) {
                  throw ServerException.conflict(
                      "version "
                          + number
                          + " still needs the approval of "
                          + String.join(", ", missing)
                          + " before it can be published");
                }
                Optional<String> justification = UsabilityGate.check(version, override);
                if (justification.isPresent()) {
                  AuditLog.record(
                      db,
                      workspace.id(),
                      clock.instant(),
                      actor,
                      "version.publish_override",
                      "version " + number,
                      "published although not usable ("
                          + UsabilityGate.usability(version).reason()
                          + "): "
                          + justification.get());
                }
              }
              if (to == VersionState.DRAFT) {
                gate.backToDraft(db, version);
              }
              if (version.state() == VersionState.ARCHIVED) {
                // a rollback: the sign-offs of the earlier review do not carry over
                gate.backToDraft(db, version);
                AuditLog.record(
                    db,
                    workspace.id(),
                    clock.instant(),
                    actor,
                    "version.rollback_proposed",
                    "version " + number,
                    "archived version proposed for publishing again");
              }
              Instant now = clock.instant();
              Workspace current = WorkspaceStore.get(db, workspace.id());
              if (to == VersionState.PUBLISHED && current.publishedVersion() != null) {
                Version old = VersionStore.byId(db, current.publishedVersion()).orElseThrow();
                VersionStore.move(db, old, old.revision(), VersionState.ARCHIVED, now, actor);
                AuditLog.record(
                    db,
                    workspace.id(),
                    now,
                    actor,
                    "version.archived",
                    "version " + old.number(),
                    "replaced by version " + number);
              }
              Version result = VersionStore.move(db, version, expectedRevision, to, now, actor);
              if (to == VersionState.PUBLISHED) {
                WorkspaceStore.publish(db, workspace.id(), version.id());
              } else if (version.state() == VersionState.PUBLISHED) {
                WorkspaceStore.unpublish(db, workspace.id());
              }
              AuditLog.record(
                  db,
                  workspace.id(),
                  now,
                  actor,
                  "version." + to.key(),
                  "version " + number,
                  "from " + version.state().key());
              return result;
            });
    onPublished.run();
    return moved;
  }

  /**
   * Checks a document holds a model that scores: read as {@code icp score} reads it, and compiled
   * for single accounts.
   *
   * @throws ServerException 422 saying what is wrong
   */
  static void checkScores(JsonNode icp, String name) {
    try {
      new AccountScorer(ModelFile.of(icp, name));
    } catch (InputException e) {
      throw new ServerException(ServerException.Kind.UNPROCESSABLE, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE,
          name + " has a fit_model that cannot score single accounts (" + e.getMessage() + ")");
    }
  }

  private static String allowed(VersionState from) {
    List<String> next =
        java.util.Arrays.stream(VersionState.values())
            .filter(from::mayBecome)
            .map(VersionState::key)
            .toList();
    return next.isEmpty() ? "" : " (it can become " + String.join(" or ", next) + ")";
  }
}
