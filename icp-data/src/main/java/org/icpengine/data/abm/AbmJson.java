package org.icpengine.data.abm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.model.document.FigureJson;

/** The ABM list's JSON (docs/funnel.md, "ABM"). */
public final class AbmJson {
  private AbmJson() {}

  /** Returns the list as JSON. */
  public static ObjectNode of(AbmList list) {
    ObjectNode root = FigureJson.object();
    root.put("file", list.file());
    root.put("prospects", list.prospects());
    root.put("ranked", list.ranked());
    root.put("rule", list.rule());
    ArrayNode targets = root.putArray("targets");
    for (AbmTarget t : list.targets()) {
      ObjectNode n = targets.addObject();
      n.put("rank", t.rank());
      n.put("row", t.row());
      n.put("name", t.name());
      n.put("tier", t.tier());
      n.put("score", t.score());
      if (t.engagement().isPresent()) {
        n.put("engagement", t.engagement().getAsDouble());
      } else {
        n.putNull("engagement");
      }
      if (t.grade().isPresent()) {
        n.put("grade", t.grade().get());
      } else {
        n.putNull("grade");
      }
      n.set("expected_win_rate", FigureJson.figure(t.winRate()));
      n.set("expected_cac", FigureJson.figure(t.cac()));
      n.put("reasons", t.reasons());
    }
    ArrayNode notes = root.putArray("notes");
    list.notes().forEach(notes::add);
    return root;
  }
}
