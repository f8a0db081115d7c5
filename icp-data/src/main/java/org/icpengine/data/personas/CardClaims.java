package org.icpengine.data.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A persona card in words, as the CLI, the report and the web app show it: each claim under its
 * topic (who, role in the decision, pains and jobs, where to reach them, first contact) with the
 * evidence it rests on.
 */
public final class CardClaims {
  private CardClaims() {}

  /**
   * One claim of a card.
   *
   * @param topic who, role in the decision, pains and jobs, where to reach them, first contact
   * @param claim what the card says
   * @param evidence the counts and figures it rests on
   */
  public record Claim(String topic, String claim, String evidence) {}

  /** Returns the card's claims, in the order above; a topic without data is left out. */
  public static List<Claim> of(PersonaCard card) {
    List<Claim> claims = new ArrayList<>();
    PersonaLift lift = card.lift();
    claims.add(
        new Claim(
            "Who",
            "Contacts whose job titles say " + card.persona().label(),
            count(card.contacts()) + " contacts with such titles"));
    claims.add(
        new Claim(
            "Role in the decision",
            String.format(
                    Locale.ROOT,
                    "On %s of won deals' buying committees against %s of lost ones; deals with"
                        + " one win %.1f× as often as deals overall",
                    percent(lift.shareOfWon()),
                    percent(lift.shareOfLost()),
                    lift.lift().value())
                + roles(card),
            String.format(
                Locale.ROOT,
                "%d of %d won and %d of %d lost deals; lift 95 %% interval %.2f–%.2f, q %s",
                lift.wonWith(),
                lift.won(),
                lift.dealsWith() - lift.wonWith(),
                lift.deals() - lift.won(),
                lift.lift().low(),
                lift.lift().high(),
                q(lift.qValue()))));
    for (PersonaCard.Answer answer : card.answers()) {
      PersonaCard.Share share = answer.answer();
      claims.add(
          new Claim(
              "Pains and jobs",
              "\"" + answer.question() + "\": " + share.value(),
              String.format(
                  Locale.ROOT,
                  "%s of their %d answers (all respondents %s)",
                  percent(share.share()),
                  share.total(),
                  percent(share.overall()))));
    }
    if (!card.channels().isEmpty()) {
      claims.add(
          new Claim(
              "Where to reach them",
              card.channels().stream().map(PersonaCard.Share::value).collect(joining())
                  + campaigns(card),
              card.channels().stream()
                      .map(
                          s ->
                              s.value()
                                  + " "
                                  + percent(s.share())
                                  + " (all "
                                  + percent(s.overall())
                                  + ")")
                      .collect(joining())
                  + " of their "
                  + count(card.channels().get(0).total())
                  + " touches with a channel"));
    }
    if (card.firstContact() != null && card.firstContact().total() > 0) {
      PersonaCard.Share first = card.firstContact();
      claims.add(
          new Claim(
              "First contact",
              "The account's first touched contact at "
                  + percent(first.share())
                  + " of the accounts where one of them was touched",
              first.count() + " of " + first.total() + " accounts"));
    }
    return claims;
  }

  private static String roles(PersonaCard card) {
    if (card.roles().isEmpty()) {
      return "";
    }
    return "; seated as "
        + card.roles().stream()
            .map(s -> s.value() + " (" + percent(s.share()) + ")")
            .collect(joining());
  }

  private static String campaigns(PersonaCard card) {
    if (card.campaigns().isEmpty()) {
      return "";
    }
    return "; campaigns: "
        + card.campaigns().stream().map(PersonaCard.Share::value).collect(joining());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String q(double q) {
    return q < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", q);
  }
}
