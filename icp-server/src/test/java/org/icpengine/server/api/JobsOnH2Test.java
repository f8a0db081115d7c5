package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Derive jobs through the API on the embedded H2 file. */
class JobsOnH2Test extends JobsContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
