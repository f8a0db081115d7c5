package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The quality gate through the API on the embedded H2 file. */
class UsabilityOnH2Test extends UsabilityContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
