package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** Uploads and disk through the API on a real PostgreSQL the test starts itself. */
class StorageOnPostgresqlTest extends StorageContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
