package org.icpengine.data.personas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.model.document.FigureJson;

/**
 * The JSON of a {@link PersonaReport} ({@code icp personas --json}, docs/personas.md): accounts per
 * tier, contacts, deals, lifts, the won committee of tier A, persona cards with their claims,
 * contact-fit points, committee gaps and notes.
 */
public final class PersonaJson {
  private PersonaJson() {}

  /** Returns the report as a JSON object. */
  public static ObjectNode of(PersonaReport report) {
    ObjectNode root = FigureJson.object();
    ObjectNode tiers = root.putObject("accounts_by_tier");
    report.accountsByTier().forEach(tiers::put);
    root.put("contacts", report.contacts());
    root.put("unrecognised_titles", report.unrecognisedTitles());
    root.put("deals", report.deals());
    root.put("won_deals", report.wonDeals());
    ArrayNode lifts = root.putArray("lifts");
    report.lifts().forEach(l -> lifts.add(lift(l)));
    report
        .committee()
        .ifPresent(
            c -> {
              ObjectNode node = root.putObject("won_committee");
              node.put("tier", c.tier());
              node.put("deals", c.deals());
              FigureJson.number(node, "median_size", c.medianSize());
              FigureJson.number(node, "mean_size", c.meanSize());
              ArrayNode composition = node.putArray("composition");
              c.composition()
                  .forEach(
                      s -> {
                        ObjectNode share = persona(composition.addObject(), s.persona());
                        share.put("deals", s.deals());
                        FigureJson.number(share, "share", s.share());
                      });
            });
    ArrayNode cards = root.putArray("cards");
    report.cards().forEach(c -> cards.add(card(c)));
    ArrayNode points = root.putArray("contact_fit_points");
    report
        .points()
        .forEach(
            p -> {
              ObjectNode node = points.addObject();
              node.put("tier", p.tier());
              node.put("kind", p.kind());
              node.put("key", p.key());
              node.put("points", p.points());
              node.put("reason", p.reason());
            });
    ArrayNode gaps = root.putArray("committee_gaps");
    report.gaps().forEach(g -> gaps.add(gap(g)));
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    return root;
  }

  private static ObjectNode persona(ObjectNode node, Persona persona) {
    node.put("function", persona.function());
    node.put("seniority", persona.seniority());
    node.put("label", persona.label());
    return node;
  }

  private static ObjectNode lift(PersonaLift l) {
    ObjectNode node = persona(FigureJson.object(), l.persona());
    node.put("tier", l.tier());
    node.put("won_with", l.wonWith());
    node.put("won", l.won());
    node.put("deals_with", l.dealsWith());
    node.put("deals", l.deals());
    FigureJson.number(node, "share_of_won", l.shareOfWon());
    FigureJson.number(node, "share_of_lost", l.shareOfLost());
    node.set("lift", FigureJson.figure(l.lift()));
    FigureJson.number(node, "q_value", l.qValue());
    node.put("found", l.found());
    return node;
  }

  private static ObjectNode card(PersonaCard card) {
    ObjectNode node = persona(FigureJson.object(), card.persona());
    node.put("contacts", card.contacts());
    node.set("lift", lift(card.lift()));
    ArrayNode claims = node.putArray("claims");
    for (CardClaims.Claim claim : CardClaims.of(card)) {
      ObjectNode c = claims.addObject();
      c.put("topic", claim.topic());
      c.put("claim", claim.claim());
      c.put("evidence", claim.evidence());
    }
    return node;
  }

  private static ObjectNode gap(CommitteeGap g) {
    ObjectNode node = persona(FigureJson.object(), g.persona());
    node.put("tier", g.tier());
    FigureJson.number(node, "share_of_won", g.shareOfWon());
    node.put("won_deals", g.wonDeals());
    node.put("accounts_lacking", g.accountsLacking());
    node.put("accounts", g.accounts());
    node.put("text", g.text());
    return node;
  }
}
