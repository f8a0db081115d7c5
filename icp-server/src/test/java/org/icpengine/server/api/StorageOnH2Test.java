package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Uploads and disk through the API on the embedded H2 file. */
class StorageOnH2Test extends StorageContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
