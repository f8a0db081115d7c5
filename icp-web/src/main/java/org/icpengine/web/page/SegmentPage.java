package org.icpengine.web.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.drift.SegmentCheck;
import org.icpengine.data.drift.SegmentReport;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.dataset.ColumnFixes;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.PublishedIcp;

/**
 * Evaluating a new segment ({@code icp segment-check} in the browser): a dataset with outcomes and
 * an expression in the ideal language; the published ICP's lift, calibration and tier mix inside
 * the segment against everywhere else, and one verdict in words. The check runs in one of the
 * server's engine slots, so it waits its turn behind uploads and derivations rather than adding a
 * further engine beside them.
 */
final class SegmentPage {
  private SegmentPage() {}

  static void show(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    render(ctx, s, w, new HashMap<>());
  }

  static void check(Context ctx, Services s) throws Exception {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    PublishedIcp published = WorkspacePages.published(s, w);
    if (published == null) {
      throw ServerException.conflict(
          "no version is published: publish one before checking a segment against it");
    }
    String segment = String.valueOf(ctx.formParam("segment")).strip();
    long id;
    try {
      id = Long.parseLong(String.valueOf(ctx.formParam("dataset")));
    } catch (NumberFormatException e) {
      throw ServerException.badRequest("dataset must be one of the workspace's datasets");
    }
    StoredDataset dataset = s.datasets().get(w, id);
    Map<String, Object> model = new HashMap<>();
    model.put("segment", segment);
    model.put("chosen", id);
    model.put("datasetName", dataset.name());
    try {
      model.put("report", s.engines().inSlot(() -> run(s, published, dataset, segment)));
    } catch (InputException e) {
      model.put("error", e.getMessage().replace("--segment", "the segment"));
    }
    render(ctx, s, w, model);
  }

  private static SegmentReport run(
      Services s, PublishedIcp published, StoredDataset dataset, String segment)
      throws IOException {
    Path icp = Files.createTempFile(s.datasets().workFolder(), "segment-", ".icp.json");
    try {
      Files.writeString(icp, published.version().icp());
      DatasetOptions options =
          new DatasetOptions(
              DatasetOptions.defaults().read(),
              ColumnFixes.mapping(s.datasets().mapping(dataset)),
              DatasetOptions.defaults().progress());
      return SegmentCheck.check(icp, s.datasets().file(dataset), segment, options);
    } finally {
      Files.deleteIfExists(icp);
    }
  }

  private static void render(Context ctx, Services s, Workspace w, Map<String, Object> model) {
    List<StoredDataset> datasets = s.datasets().list(w);
    model.put("frame", Web.frame(ctx, s, w, "Check a segment", "health"));
    model.put("datasets", datasets);
    model.putIfAbsent("segment", "");
    model.putIfAbsent("chosen", datasets.isEmpty() ? 0L : datasets.get(0).id());
    model.putIfAbsent("report", null);
    model.putIfAbsent("error", null);
    model.putIfAbsent("datasetName", "");
    model.put("published", WorkspacePages.published(s, w) != null);
    Templates.render(ctx, "segment.jte", model);
  }
}
