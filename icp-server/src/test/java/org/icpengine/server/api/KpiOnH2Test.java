package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The KPI tests on H2. */
class KpiOnH2Test extends KpiContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
