package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The KPI tests on Postgresql. */
class KpiOnPostgresqlTest extends KpiContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
