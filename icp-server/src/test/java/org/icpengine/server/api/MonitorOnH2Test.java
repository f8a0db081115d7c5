package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The scheduler, drift alarms and re-evaluations on the embedded H2 file. */
class MonitorOnH2Test extends MonitorContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
