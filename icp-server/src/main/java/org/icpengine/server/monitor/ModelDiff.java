package org.icpengine.server.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.core.score.Tiers;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/**
 * What a new draft changes in the published score model: attributes added and removed, the bins
 * whose points moved, and the tier thresholds.
 */
final class ModelDiff {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelDiff() {}

  /**
   * Returns the diff as JSON: {@code attributes} (each with {@code attribute}, {@code change} —
   * added, removed or changed — and the {@code bins} whose points differ, {@code before} and {@code
   * after}), {@code tiers} (before and after) and {@code words}, one line.
   */
  static ObjectNode of(ScoreModel published, ScoreModel draft) {
    Map<String, PointsTable.Scored> before = byName(published);
    Map<String, PointsTable.Scored> after = byName(draft);
    ObjectNode diff = JSON.createObjectNode();
    ArrayNode attributes = diff.putArray("attributes");
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (Map.Entry<String, PointsTable.Scored> e : after.entrySet()) {
      PointsTable.Scored was = before.get(e.getKey());
      if (was == null) {
        attributes.addObject().put("attribute", e.getKey()).put("change", "added");
        added++;
      } else if (changedBins(was, e.getValue(), attributes)) {
        changed++;
      }
    }
    for (String name : before.keySet()) {
      if (!after.containsKey(name)) {
        attributes.addObject().put("attribute", name).put("change", "removed");
        removed++;
      }
    }
    diff.set("tiers", tiers(published.tiers(), draft.tiers()));
    diff.put(
        "words",
        String.format(
            java.util.Locale.ROOT,
            "%d attribute(s) added, %d removed, %d with changed points; tiers A ≥ %d, B ≥ %d,"
                + " C ≥ %d (were %d, %d, %d)",
            added,
            removed,
            changed,
            draft.tiers().a(),
            draft.tiers().b(),
            draft.tiers().c(),
            published.tiers().a(),
            published.tiers().b(),
            published.tiers().c()));
    return diff;
  }

  private static boolean changedBins(
      PointsTable.Scored was, PointsTable.Scored now, ArrayNode attributes) {
    Map<String, Integer> old = points(was);
    ObjectNode node = JSON.createObjectNode().put("attribute", now.attribute().name());
    node.put("change", "changed");
    ArrayNode bins = node.putArray("bins");
    points(now)
        .forEach(
            (label, points) -> {
              Integer before = old.get(label);
              if (before == null || before.intValue() != points) {
                ObjectNode bin = bins.addObject().put("bin", label).put("after", points);
                if (before == null) {
                  bin.putNull("before");
                } else {
                  bin.put("before", before);
                }
              }
            });
    if (bins.isEmpty() && old.keySet().equals(points(now).keySet())) {
      return false;
    }
    attributes.add(node);
    return true;
  }

  private static Map<String, Integer> points(PointsTable.Scored scored) {
    Map<String, Integer> points = new LinkedHashMap<>();
    for (int b = 0; b < scored.points().size(); b++) {
      points.put(scored.label(b), scored.points().get(b));
    }
    return points;
  }

  private static Map<String, PointsTable.Scored> byName(ScoreModel model) {
    Map<String, PointsTable.Scored> byName = new LinkedHashMap<>();
    model.fit().attributes().forEach(a -> byName.put(a.attribute().name(), a));
    return byName;
  }

  private static ObjectNode tiers(Tiers before, Tiers after) {
    ObjectNode tiers = JSON.createObjectNode();
    tiers.putObject("before").put("a", before.a()).put("b", before.b()).put("c", before.c());
    tiers.putObject("after").put("a", after.a()).put("b", after.b()).put("c", after.c());
    return tiers;
  }
}
