package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The review of enrichment matches through the API on a real PostgreSQL the test starts itself. */
class MatchReviewOnPostgresqlTest extends MatchReviewContract {
  @Override
  Backend backend() {
    return Backend.POSTGRESQL;
  }
}
