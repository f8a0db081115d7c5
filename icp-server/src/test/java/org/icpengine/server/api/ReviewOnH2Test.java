package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The review through the API on the embedded H2 file. */
class ReviewOnH2Test extends ReviewContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
