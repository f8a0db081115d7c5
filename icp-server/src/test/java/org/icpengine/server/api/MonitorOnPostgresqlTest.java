package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The scheduler, drift alarms and re-evaluations on a real PostgreSQL the test starts itself. */
class MonitorOnPostgresqlTest extends MonitorContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
