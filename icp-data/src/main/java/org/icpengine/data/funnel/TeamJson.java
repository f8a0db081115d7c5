package org.icpengine.data.funnel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;
import org.icpengine.model.document.FigureJson;

/** The JSON of the team views' parts of the funnel: open deals, tier outcomes, the product view. */
final class TeamJson {
  private TeamJson() {}

  static ObjectNode openDeal(OpenDeal d) {
    ObjectNode node = FigureJson.object();
    node.put("opportunity_id", d.opportunityId());
    node.put("account_key", d.accountKey());
    node.put("stage", d.stage());
    FigureJson.number(node, "amount", d.amount());
    FunnelJson.text(node, "created_date", d.created().map(Object::toString));
    FunnelJson.text(node, "channel", d.channel());
    node.put("tier", d.tier());
    number(node, "score", d.score());
    FunnelJson.text(node, "grade", d.grade());
    number(node, "priority", d.priority());
    node.put("reasons", d.reasons());
    FunnelJson.text(node, "priority_reasons", d.priorityReasons());
    return node;
  }

  static ObjectNode outcome(TierOutcome o) {
    ObjectNode node = FigureJson.object();
    node.put("tier", o.tier());
    node.put("customers", o.wonAccounts());
    FigureJson.number(node, "revenue", o.revenueTotal());
    node.set("revenue_per_customer", FigureJson.figure(o.revenueMean()));
    node.put("customers_with_nrr", o.nrr().count());
    node.set("nrr", FigureJson.figure(o.nrrMean()));
    node.put("customers_with_cac", o.cac().count());
    node.set("cac", FigureJson.figure(o.cacMean()));
    return node;
  }

  static ObjectNode product(ProductCohort c) {
    ObjectNode node = outcome(c.outcome());
    ArrayNode answers = node.putArray("answers");
    for (CohortAnswer a : c.answers()) {
      ObjectNode n = answers.addObject();
      n.put("kind", a.kind());
      n.put("question", a.question());
      n.put("answer", a.answer());
      n.put("customers", a.accounts());
      n.put("asked", a.asked());
      n.set("share", FigureJson.figure(a.share()));
      FigureJson.number(n, "share_of_all", a.shareOfAll());
    }
    return node;
  }

  private static void number(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }
}
