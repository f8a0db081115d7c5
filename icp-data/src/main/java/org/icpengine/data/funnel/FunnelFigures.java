package org.icpengine.data.funnel;

import org.icpengine.data.sources.LinkedSources;

/** The funnel's figures as grouped queries over the scored opportunities. */
final class FunnelFigures {
  private FunnelFigures() {}

  static FunnelReport compute(
      LinkedSources linked, OpportunityScores scores, FunnelOptions options) {
    throw new UnsupportedOperationException("not yet");
  }
}
