package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The quality gate through the API on a real PostgreSQL the test starts itself. */
class UsabilityOnPostgresqlTest extends UsabilityContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
