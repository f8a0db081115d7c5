package org.icpengine.server.workspace;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.server.store.Database;

/**
 * Finds workspaces by name for every request without asking the database each time: workspaces are
 * never renamed or removed, so a found name keeps its id. Only the id and name of what it returns
 * are to be relied on; what is published is read fresh where it matters.
 */
public final class WorkspaceDirectory {
  private static final int MOST = 10_000;

  private final Database database;
  private final Map<String, Workspace> found = new ConcurrentHashMap<>();

  /** Creates the directory. */
  public WorkspaceDirectory(Database database) {
    this.database = database;
  }

  /** Returns the workspace with the name, if any. */
  public Optional<Workspace> find(String name) {
    Workspace known = found.get(name);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Workspace> workspace = database.inTransaction(db -> WorkspaceStore.find(db, name));
    if (workspace.isPresent() && found.size() < MOST) {
      found.put(name, workspace.get());
    }
    return workspace;
  }
}
