package org.icpengine.web.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.scoring.TierChanges;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.IcpView;
import org.icpengine.web.view.TraitChange;
import org.icpengine.web.view.TraitView;

/**
 * Two versions side by side: traits added, removed and changed, thresholds, coverage, and how many
 * accounts of the newer version's dataset change tier.
 */
final class DiffPage {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private DiffPage() {}

  static void show(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    List<Version> versions = s.versions().list(w);
    if (versions.size() < 2) {
      throw ServerException.notFound("there is only one version: derive or import another first");
    }
    int a = number(ctx, "a", versions.get(1).number());
    int b = number(ctx, "b", versions.get(0).number());
    Version before = s.versions().get(w, Math.min(a, b));
    Version after = s.versions().get(w, Math.max(a, b));
    IcpView old = IcpView.of(before.icp());
    IcpView now = IcpView.of(after.icp());
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Compare versions", "versions"));
    model.put("versions", versions);
    model.put("before", before);
    model.put("after", after);
    model.put("old", old);
    model.put("now", now);
    model.put("changes", changes(old, now));
    model.put("tiers", tierChanges(s, w, before, after));
    model.put("tierNames", TierChanges.TIERS);
    Templates.render(ctx, "diff.jte", model);
  }

  private static int number(Context ctx, String param, int absent) {
    String value = ctx.queryParam(param);
    try {
      return value == null || value.isBlank() ? absent : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ServerException.badRequest(param + " must be a version number");
    }
  }

  static List<TraitChange> changes(IcpView old, IcpView now) {
    Map<String, TraitView> before = new LinkedHashMap<>();
    old.traits().forEach(t -> before.put(t.condition(), t));
    Map<String, TraitView> after = new LinkedHashMap<>();
    now.traits().forEach(t -> after.put(t.condition(), t));
    List<TraitChange> changes = new ArrayList<>();
    after.forEach(
        (condition, t) -> {
          TraitView was = before.get(condition);
          if (was == null) {
            changes.add(new TraitChange(condition, "added", null, t));
          } else if (was.positive() != t.positive()
              || Math.abs(was.lift().value() - t.lift().value()) >= 0.1
              || was.pinned() != t.pinned()) {
            changes.add(new TraitChange(condition, "changed", was, t));
          }
        });
    before.forEach(
        (condition, t) -> {
          if (!after.containsKey(condition)) {
            changes.add(new TraitChange(condition, "removed", t, null));
          }
        });
    return changes;
  }

  private static TierChanges tierChanges(Services s, Workspace w, Version before, Version after)
      throws Exception {
    Long datasetId = after.datasetId() != null ? after.datasetId() : before.datasetId();
    if (datasetId == null) {
      return null;
    }
    StoredDataset dataset = s.datasets().get(w, datasetId);
    ScoreModel old = ModelFile.parse(before.icp(), "version " + before.number());
    ScoreModel now = ModelFile.parse(after.icp(), "version " + after.number());
    return s.engines().run(engine -> TierChanges.of(engine, s.datasets().file(dataset), old, now));
  }
}
