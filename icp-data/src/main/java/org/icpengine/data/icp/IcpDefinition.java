package org.icpengine.data.icp;

import java.util.List;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.data.traits.TraitColumns;
import org.icpengine.model.document.IcpContents;
import org.icpengine.model.document.IcpDocument;

/**
 * A derived Ideal Customer Profile.
 *
 * @param provenance where it came from
 * @param ideal the ideal definition it was derived for
 * @param used the attribute columns discovery used, with their categories
 * @param excluded the columns left out of discovery, with the reason
 * @param traits the single-attribute traits, positive first, strongest first
 * @param segments the trait combinations, positive first
 * @param outcomeFindings the segments that drive each numeric outcome (LTV, NRR, CAC)
 * @param coverage how much of the customer base the ICP's positive segments (the union of them)
 *     match
 * @param summary the ICP in one plain-language paragraph
 * @param notes what the reader should know (small sample, narrow ICP)
 */
public record IcpDefinition(
    IcpContents.Provenance provenance,
    IdealDefinition ideal,
    List<IcpContents.Column> used,
    List<TraitColumns.Exclusion> excluded,
    List<IcpContents.Trait> traits,
    List<IcpContents.Segment> segments,
    List<IcpContents.Outcome> outcomeFindings,
    IcpContents.Coverage coverage,
    String summary,
    List<String> notes,
    FitTraining.Result fit) {

  /** The version of the icp.json format this code writes. */
  public static final int FORMAT_VERSION = IcpDocument.FORMAT_VERSION;

  /**
   * Returns whether the ICP is fit for use: a fit score better than chance on held-out accounts,
   * and at least one published trait or segment.
   */
  public Usability usability() {
    return Usability.judge(fit.evaluation(), !traits.isEmpty() || !segments.isEmpty());
  }

  /** Copies the lists. */
  public IcpDefinition {
    used = List.copyOf(used);
    excluded = List.copyOf(excluded);
    traits = List.copyOf(traits);
    segments = List.copyOf(segments);
    outcomeFindings = List.copyOf(outcomeFindings);
    notes = List.copyOf(notes);
  }
}
