package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The API on the embedded H2 file, the default app database. */
class ApiOnH2Test extends ApiContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
