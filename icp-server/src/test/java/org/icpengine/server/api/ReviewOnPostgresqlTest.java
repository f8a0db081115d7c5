package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The review through the API on a real PostgreSQL the test starts itself. */
class ReviewOnPostgresqlTest extends ReviewContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
