package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Column matching in the scoring API on a real PostgreSQL the test starts itself. */
class ColumnMatchingOnPostgresqlTest extends ColumnMatchingContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
