package org.icpengine.cli.operate;

import org.icpengine.server.access.Role;
import picocli.CommandLine.Option;

/** The workspace and role a user or token is given. */
final class WorkspaceRole {
  @Option(
      names = "--workspace",
      paramLabel = "NAME",
      required = true,
      description = "The workspace")
  String workspace;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      required = true,
      description = "viewer (read, score), editor (also upload, derive, edit drafts) or admin")
  String role;

  /** Returns the role, checked. */
  Role role() {
    return Role.of(role);
  }
}
