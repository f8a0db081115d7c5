package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Access control through the API on a real PostgreSQL the test starts itself. */
class AccessOnPostgresqlTest extends AccessContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
