package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Derive jobs through the API on a real PostgreSQL the test starts itself. */
class JobsOnPostgresqlTest extends JobsContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
