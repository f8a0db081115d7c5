package org.icpengine.server.version;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What must hold before a version is published, kept by the review (which depends on this). */
public interface PublishGate {
  /** Returns the departments whose approval the version still lacks, in words. */
  List<String> missingApprovals(Connection db, Version version) throws SQLException;

  /** Forgets what was decided about a version that goes back to draft, or out of the archive. */
  void backToDraft(Connection db, Version version) throws SQLException;

  /** Returns the gate of a workspace that requires nothing. */
  static PublishGate open() {
    return new PublishGate() {
      @Override
      public List<String> missingApprovals(Connection db, Version version) {
        return List.of();
      }

      @Override
      public void backToDraft(Connection db, Version version) {}
    };
  }
}
