package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Access control through the API on the embedded H2 file. */
class AccessOnH2Test extends AccessContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
