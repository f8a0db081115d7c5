package org.icpengine.server.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Caller;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * Who may sign off for a department: a person (not an API token) who belongs to that department in
 * the workspace (set by an admin in the settings), and who has not signed off the same version for
 * another department.
 */
final class Signers {
  private Signers() {}

  /**
   * Checks the caller may sign off the version for the department.
   *
   * @throws ServerException 403 for a token or a member of another (or no) department, 409 when
   *     they already signed off this version for another department
   */
  static void check(
      Connection db, Workspace workspace, Version version, Department department, Caller caller)
      throws SQLException {
    if (caller.userId() == null) {
      throw ServerException.forbidden(
          "sign-offs are given by people, each for their own department: sign in as a member of "
              + department.label()
              + " (an API token cannot sign off)");
    }
    Optional<Department> own =
        WorkspaceStore.department(db, workspace.id(), caller.userId()).map(Department::of);
    if (own.isEmpty()) {
      throw ServerException.forbidden(
          caller.actor()
              + " belongs to no department in this workspace: an admin sets it in Settings,"
              + " then sign off for that department");
    }
    if (own.get() != department) {
      throw ServerException.forbidden(
          caller.actor()
              + " is in "
              + own.get().label()
              + " and signs off for "
              + own.get().label()
              + " only: ask a member of "
              + department.label());
    }
    for (SignOff given : ReviewStore.signOffs(db, version.id())) {
      if (given.signedBy().equals(caller.actor()) && given.department() != department) {
        throw ServerException.conflict(
            caller.actor()
                + " already signed off this version for "
                + given.department().label()
                + ": one person signs off for one department");
      }
    }
  }
}
