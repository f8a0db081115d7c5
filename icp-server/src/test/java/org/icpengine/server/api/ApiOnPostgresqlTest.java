package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The same API tests on a real PostgreSQL the test starts itself. */
class ApiOnPostgresqlTest extends ApiContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
