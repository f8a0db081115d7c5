package org.icpengine.data.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.icp.IcpDefinition;

/**
 * What the report shows beside the ICP, computed on the dataset it was derived from.
 *
 * @param economics cohort economics by the attributes of the strongest positive traits
 * @param idealVsRest the economics of ideal accounts against the rest, if computed
 * @param customers today's customers per tier of the fit score, if computed
 * @param funnel the funnel by ICP tier, when the ICP was derived from linked sources with
 *     opportunities
 * @param prospects a prospects file's accounts per tier, when one was given
 * @param enrichment how much of the ICP rests on enrichment files, when the account table was
 *     assembled with them
 */
public record ReportData(
    List<CohortReport> economics,
    Optional<CohortReport> idealVsRest,
    Optional<CustomerTiers> customers,
    Optional<FunnelReport> funnel,
    Optional<ProspectTiers> prospects,
    Optional<EnrichmentEvidence> enrichment) {
  /** The report shows the economics of this many of the strongest positive traits' attributes. */
  static final int ECONOMICS_SHOWN = 2;

  /** Copies the list. */
  public ReportData {
    economics = List.copyOf(economics);
  }

  /** Returns data holding only the given cohort economics (no page-one money and tier figures). */
  public static ReportData of(List<CohortReport> economics) {
    return new ReportData(
        economics,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Computes everything on the dataset the ICP was derived from, right after the derivation (its
   * ideal flags are the engine's current ones).
   */
  public static ReportData of(Dataset dataset, IcpDefinition icp) {
    Set<String> attributes = new LinkedHashSet<>();
    icp.traits().stream()
        .filter(t -> t.direction().equals("positive"))
        .forEach(t -> attributes.add(t.attribute()));
    List<CohortReport> reports = new ArrayList<>();
    for (String attribute : attributes) {
      if (reports.size() == ECONOMICS_SHOWN) {
        break;
      }
      reports.add(Cohorts.compute(dataset, List.of(attribute), icp.ideal()));
    }
    CohortReport money = Cohorts.idealVsRest(dataset, icp.ideal());
    Optional<CustomerTiers> tiers =
        icp.fit() == null
            ? Optional.empty()
            : Optional.of(CustomerTiers.of(dataset, icp.fit().model()));
    return new ReportData(
        reports, Optional.of(money), tiers, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns this data with the funnel's section. */
  public ReportData withFunnel(FunnelReport report) {
    return new ReportData(
        economics, idealVsRest, customers, Optional.of(report), prospects, enrichment);
  }

  /** Returns this data with a prospects file's accounts per tier on page one. */
  public ReportData withProspects(ProspectTiers tiers) {
    return new ReportData(
        economics, idealVsRest, customers, funnel, Optional.of(tiers), enrichment);
  }

  /** Returns this data with the evidence from enrichment. */
  public ReportData withEnrichment(EnrichmentEvidence evidence) {
    return new ReportData(
        economics, idealVsRest, customers, funnel, prospects, Optional.of(evidence));
  }
}
