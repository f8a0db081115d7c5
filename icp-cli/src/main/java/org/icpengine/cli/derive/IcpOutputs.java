package org.icpengine.cli.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.enrichment.EnrichmentReport;
import org.icpengine.data.funnel.Funnel;
import org.icpengine.data.funnel.FunnelOptions;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.report.EnrichmentEvidence;
import org.icpengine.data.report.ProspectTiers;
import org.icpengine.data.report.ReportData;
import org.icpengine.data.report.ReportHtml;

/** Writes a derived ICP's files: {@code icp.json} and {@code report.html}. */
public final class IcpOutputs {
  private IcpOutputs() {}

  /** Writes both files into the folder, creating it, and returns their paths. */
  public static List<Path> write(Dataset dataset, IcpDefinition icp, Path folder)
      throws IOException {
    return write(dataset, icp, folder, Optional.empty());
  }

  /**
   * Writes both files, the report with the funnel by ICP tier when {@code sources} has
   * opportunities with a stage and the ICP has a fit score.
   */
  public static List<Path> write(
      Dataset dataset, IcpDefinition icp, Path folder, Optional<Path> sources) throws IOException {
    return write(dataset, icp, folder, sources, Optional.empty());
  }

  /**
   * Writes both files, the report with the funnel (as above) and, when a prospects file is given
   * and the ICP has a fit score, the prospects per tier on page one.
   */
  public static List<Path> write(
      Dataset dataset,
      IcpDefinition icp,
      Path folder,
      Optional<Path> sources,
      Optional<Path> prospects)
      throws IOException {
    return write(dataset, icp, folder, sources, prospects, Optional.empty());
  }

  /**
   * Writes both files as above, the report with the evidence from enrichment when the account table
   * was assembled with enrichment files ({@code enrichment}: what they did).
   */
  public static List<Path> write(
      Dataset dataset,
      IcpDefinition icp,
      Path folder,
      Optional<Path> sources,
      Optional<Path> prospects,
      Optional<EnrichmentReport> enrichment)
      throws IOException {
    Files.createDirectories(folder);
    Path json = folder.resolve("icp.json");
    Path report = folder.resolve("report.html");
    IcpJson.write(icp, json);
    ReportData data = ReportData.of(dataset, icp);
    Optional<Path> linked = sources.filter(s -> icp.fit() != null && Funnel.applies(s));
    if (linked.isPresent()) {
      data = data.withFunnel(Funnel.run(linked.get(), icp.fit().model(), FunnelOptions.defaults()));
    }
    if (prospects.isPresent() && icp.fit() != null) {
      data = data.withProspects(ProspectTiers.score(prospects.get(), icp.fit().model()));
    }
    if (enrichment.isPresent() && !enrichment.get().sources().isEmpty()) {
      data = data.withEnrichment(EnrichmentEvidence.of(enrichment.get(), icp));
    }
    ReportHtml.write(icp, dataset.profile(), data, report);
    return List.of(json, report);
  }
}
