package org.icpengine.server.api;

import org.icpengine.server.testing.Backend;

/** The review of enrichment matches through the API on the embedded H2 file. */
class MatchReviewOnH2Test extends MatchReviewContract {
  @Override
  Backend backend() {
    return Backend.H2;
  }
}
