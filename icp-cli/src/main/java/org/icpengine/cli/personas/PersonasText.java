package org.icpengine.cli.personas;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.pValue;
import static org.icpengine.cli.text.Formats.percent;
import static org.icpengine.cli.text.Formats.ratio;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.icpengine.cli.text.TextTable;
import org.icpengine.data.personas.CardClaims;
import org.icpengine.data.personas.CommitteeGap;
import org.icpengine.data.personas.CommitteeSummary;
import org.icpengine.data.personas.PersonaCard;
import org.icpengine.data.personas.PersonaLift;
import org.icpengine.data.personas.PersonaReport;

/** A persona report as a person reads it in a terminal. */
final class PersonasText {
  private PersonasText() {}

  static void print(PersonaReport report, PrintWriter out) {
    out.println(
        "Accounts per tier: "
            + report.accountsByTier().entrySet().stream()
                .map(
                    e ->
                        ("-".equals(e.getKey()) ? "unscored" : e.getKey())
                            + " "
                            + count(e.getValue()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("none"));
    out.println(
        count(report.contacts())
            + " contacts, "
            + count(report.unrecognisedTitles())
            + " with a title no rule recognised (see icp titles); "
            + count(report.deals())
            + " closed new-business deals with a known committee, "
            + count(report.wonDeals())
            + " won");
    report.notes().forEach(n -> out.println("Note: " + n));
    if (report.lifts().isEmpty()) {
      return;
    }
    out.println();
    out.println(
        "Personas on won committees against lost ones (all tiers; found: q ≤ 0.05, lift > 1):");
    lifts(
        report.lifts().stream().filter(l -> PersonaLift.ALL_TIERS.equals(l.tier())).toList(), out);
    List<PersonaLift> tiered =
        report.lifts().stream()
            .filter(l -> !PersonaLift.ALL_TIERS.equals(l.tier()) && l.found())
            .toList();
    if (!tiered.isEmpty()) {
      out.println();
      out.println("Found per tier:");
      lifts(tiered, out);
    }
    report.committee().ifPresent(c -> committee(c, out));
    for (PersonaCard card : report.cards()) {
      out.println();
      out.println("== Persona: " + card.persona().label() + " ==");
      for (CardClaims.Claim claim : CardClaims.of(card)) {
        out.println("  " + claim.topic() + ": " + claim.claim());
        out.println("    evidence: " + claim.evidence());
      }
    }
    gaps(report.gaps(), out);
  }

  private static void lifts(List<PersonaLift> lifts, PrintWriter out) {
    TextTable table =
        new TextTable(
            List.of(
                "tier", "persona", "won with", "lost with", "deals", "lift", "95 % CI", "q", ""),
            new boolean[] {false, false, true, true, true, true, false, true, false},
            44);
    for (PersonaLift l : lifts) {
      if (l.dealsWith() == 0) {
        continue;
      }
      table.add(
          List.of(
              l.tier(),
              l.persona().label(),
              percent(l.shareOfWon()),
              percent(l.shareOfLost()),
              count(l.dealsWith()),
              ratio(l.lift().value()),
              ratio(l.lift().low()) + "–" + ratio(l.lift().high()),
              pValue(l.qValue()),
              l.found() ? "found" : ""));
    }
    table.print(out, "  ");
  }

  private static void committee(CommitteeSummary c, PrintWriter out) {
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "Won tier-%s committees: %s deals, median %.0f people (mean %.1f); they had:",
            c.tier(),
            count(c.deals()),
            c.medianSize(),
            c.meanSize()));
    for (CommitteeSummary.Share share : c.composition()) {
      out.println(
          "  "
              + share.persona().contactPhrase()
              + ": "
              + percent(share.share())
              + " ("
              + count(share.deals())
              + ")");
    }
  }

  private static void gaps(List<CommitteeGap> gaps, PrintWriter out) {
    if (gaps.isEmpty()) {
      return;
    }
    out.println();
    out.println("Buying-committee gaps of tier A and B accounts:");
    for (CommitteeGap gap : gaps) {
      out.println(
          "  "
              + count(gap.accountsLacking())
              + " of "
              + count(gap.accounts())
              + " tier-"
              + gap.tier()
              + " accounts: "
              + gap.text());
    }
  }
}
