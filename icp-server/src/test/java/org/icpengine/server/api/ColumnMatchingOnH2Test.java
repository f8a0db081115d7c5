package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Column matching in the scoring API on the embedded H2 file. */
class ColumnMatchingOnH2Test extends ColumnMatchingContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
