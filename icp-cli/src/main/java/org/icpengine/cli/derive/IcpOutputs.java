package org.icpengine.cli.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.funnel.Funnel;
import org.icpengine.data.funnel.FunnelOptions;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.report.ReportHtml;

/** Writes a derived ICP's files: {@code icp.json} and {@code report.html}. */
public final class IcpOutputs {
  /** The report shows the economics of this many of the strongest positive traits' attributes. */
  private static final int ECONOMICS_SHOWN = 3;

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
    Files.createDirectories(folder);
    Path json = folder.resolve("icp.json");
    Path report = folder.resolve("report.html");
    IcpJson.write(icp, json);
    Optional<FunnelReport> funnel =
        sources
            .filter(s -> icp.fit() != null && Funnel.applies(s))
            .map(s -> Funnel.run(s, icp.fit().model(), FunnelOptions.defaults()));
    ReportHtml.write(icp, dataset.profile(), economics(dataset, icp), funnel, report);
    return List.of(json, report);
  }

  private static List<CohortReport> economics(Dataset dataset, IcpDefinition icp) {
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
    return reports;
  }
}
