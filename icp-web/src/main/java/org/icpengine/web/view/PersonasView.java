package org.icpengine.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icpengine.data.personas.CardClaims;
import org.icpengine.data.personas.CommitteeGap;
import org.icpengine.data.personas.CommitteeSummary;
import org.icpengine.data.personas.PersonaCard;
import org.icpengine.data.personas.PersonaLift;
import org.icpengine.server.personas.WorkspacePersonas;

/**
 * What the personas page shows, read from a workspace's personas with the page's tier filter: the
 * persona cards with each claim's evidence, the committee table (won against lost, lift with its 95
 * % interval and q-value) of one tier or all, the typical won committee of tier A and the committee
 * gaps of tier A and B accounts.
 *
 * @param personas the personas
 * @param tier the tier of the committee table: a letter, or {@link PersonaLift#ALL_TIERS}
 */
public record PersonasView(WorkspacePersonas personas, String tier) {
  /**
   * One row of the committee table.
   *
   * @param persona who
   * @param won won deals with the persona on the committee, of all won, as text
   * @param lost lost deals with the persona, of all lost, as text
   * @param lift the lift with its interval, as text
   * @param q the q-value, as text
   * @param found whether the persona is found
   */
  public record LiftRow(
      String persona, String won, String lost, String lift, String q, boolean found) {}

  /**
   * One card: who and whether found, and its claims.
   *
   * @param title who
   * @param lift the lift in words
   * @param claims the claims with their evidence
   */
  public record Card(String title, String lift, List<CardClaims.Claim> claims) {}

  /** Returns the cards, highest lift first. */
  public List<Card> cards() {
    List<Card> cards = new ArrayList<>();
    for (PersonaCard card : personas.report().cards()) {
      cards.add(
          new Card(
              capitalised(card.persona().label()),
              String.format(Locale.ROOT, "%.1f× win rate", card.lift().lift().value()),
              CardClaims.of(card)));
    }
    return cards;
  }

  /** Returns the tiers the committee table can show: all, then the letters. */
  public List<String> tiers() {
    Set<String> tiers = new LinkedHashSet<>();
    tiers.add(PersonaLift.ALL_TIERS);
    personas.report().lifts().stream()
        .map(PersonaLift::tier)
        .filter(t -> !PersonaLift.ALL_TIERS.equals(t))
        .sorted()
        .forEach(tiers::add);
    return List.copyOf(tiers);
  }

  /** Returns the tested personas of the chosen tier, found first, then by lift. */
  public List<LiftRow> lifts() {
    return personas.report().lifts().stream()
        .filter(l -> l.tier().equals(tier) && l.tested())
        .sorted(
            Comparator.comparing((PersonaLift l) -> !l.found())
                .thenComparing(l -> -l.lift().value()))
        .map(PersonasView::row)
        .toList();
  }

  /** Returns the typical won committee of tier A, or null when tier A has no won deal. */
  public CommitteeSummary committee() {
    return personas.report().committee().orElse(null);
  }

  /** Returns a committee's size in words: "median 3, mean 3.2 people". */
  public static String size(CommitteeSummary c) {
    return String.format(
        Locale.ROOT, "median %.0f, mean %.1f people", c.medianSize(), c.meanSize());
  }

  /** Returns the committee gaps of tier A and B accounts. */
  public List<CommitteeGap> gaps() {
    return personas.report().gaps();
  }

  /** Returns the accounts per tier in words: "A 212 · B 390 · …". */
  public String accounts() {
    StringBuilder text = new StringBuilder();
    personas
        .report()
        .accountsByTier()
        .forEach(
            (t, n) ->
                text.append(text.length() == 0 ? "" : " · ")
                    .append("-".equals(t) ? "unscored" : t)
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%,d", n)));
    return text.toString();
  }

  /** Returns a fraction as a whole percentage, "–" when unknown. */
  public static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }

  private static LiftRow row(PersonaLift l) {
    return new LiftRow(
        l.persona().label(),
        l.wonWith() + " of " + l.won() + " (" + percent(l.shareOfWon()) + ")",
        (l.dealsWith() - l.wonWith())
            + " of "
            + (l.deals() - l.won())
            + " ("
            + percent(l.shareOfLost())
            + ")",
        String.format(
            Locale.ROOT, "%.2f× [%.2f–%.2f]", l.lift().value(), l.lift().low(), l.lift().high()),
        l.qValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", l.qValue()),
        l.found());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
