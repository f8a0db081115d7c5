package org.icpengine.cli.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.Dataset;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.report.ReportData;
import org.icpengine.data.report.ReportHtml;

/** Writes a derived ICP's files: {@code icp.json} and {@code report.html}. */
public final class IcpOutputs {
  private IcpOutputs() {}

  /** Writes both files into the folder, creating it, and returns their paths. */
  public static List<Path> write(Dataset dataset, IcpDefinition icp, Path folder)
      throws IOException {
    Files.createDirectories(folder);
    Path json = folder.resolve("icp.json");
    Path report = folder.resolve("report.html");
    IcpJson.write(icp, json);
    ReportHtml.write(icp, dataset.profile(), ReportData.of(dataset, icp), report);
    return List.of(json, report);
  }
}
