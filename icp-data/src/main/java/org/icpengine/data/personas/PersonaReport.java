package org.icpengine.data.personas;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code icp personas} found: who sits on the buying committees of won deals against lost
 * ones, per ICP tier, the typical won committee of tier A, persona cards, contact fit and the
 * committee gaps of tier A and B accounts.
 *
 * @param accountsByTier accounts per tier letter ('-' for accounts the model could not score)
 * @param contacts people with a contact row (one per contact id, else e-mail)
 * @param unrecognisedTitles people whose title no function rule recognised (blank titles included)
 * @param deals closed new-business deals with a known committee, over all tiers
 * @param wonDeals of which won
 * @param lifts every persona's lift per tier and over all tiers ({@link PersonaLift#ALL_TIERS})
 * @param committee the won committees of tier A, when tier A has won deals
 * @param cards the found personas written up, highest lift first
 * @param points the contact-fit points per tier, function and seniority
 * @param gaps the committee gaps of tier A and B accounts
 * @param notes what the reader should know (no contact roles, few deals, …)
 */
public record PersonaReport(
    Map<String, Long> accountsByTier,
    long contacts,
    long unrecognisedTitles,
    long deals,
    long wonDeals,
    List<PersonaLift> lifts,
    Optional<CommitteeSummary> committee,
    List<PersonaCard> cards,
    List<ContactPoints> points,
    List<CommitteeGap> gaps,
    List<String> notes) {
  /** Copies the collections. */
  public PersonaReport {
    accountsByTier = Map.copyOf(accountsByTier);
    lifts = List.copyOf(lifts);
    cards = List.copyOf(cards);
    points = List.copyOf(points);
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
  }

  /** Returns the personas found over all tiers, highest lift first. */
  public List<PersonaLift> found() {
    return lifts.stream().filter(l -> PersonaLift.ALL_TIERS.equals(l.tier()) && l.found()).toList();
  }

  /**
   * Contact-fit points of a tier and a function or seniority (the base when {@code key} is empty).
   *
   * @param tier a tier letter or {@link PersonaLift#ALL_TIERS}
   * @param kind base, function or seniority
   * @param key the function or seniority key; empty for the base
   * @param points percentage points
   * @param reason the points in words with their evidence
   */
  public record ContactPoints(String tier, String kind, String key, int points, String reason) {}
}
