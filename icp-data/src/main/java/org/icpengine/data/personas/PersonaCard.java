package org.icpengine.data.personas;

import java.util.List;

/**
 * A found persona written up for marketing and sales: who, their role in the decision, their pains
 * and jobs, where to reach them, each with the evidence it rests on.
 *
 * @param persona who
 * @param lift the persona's lift over every tier (the evidence that it matters)
 * @param contacts contacts with the persona's titles
 * @param roles the contact roles they held on won deals, most frequent first
 * @param answers per survey question, the answer their respondents chose most
 * @param channels the channels their touches came from, most frequent first
 * @param campaigns the campaigns their touches came from, most frequent first
 * @param firstContact how often one of them was the account's first touched contact
 */
public record PersonaCard(
    Persona persona,
    PersonaLift lift,
    long contacts,
    List<Share> roles,
    List<Answer> answers,
    List<Share> channels,
    List<Share> campaigns,
    Share firstContact) {
  /** Copies the lists. */
  public PersonaCard {
    roles = List.copyOf(roles);
    answers = List.copyOf(answers);
    channels = List.copyOf(channels);
    campaigns = List.copyOf(campaigns);
  }

  /**
   * A value's share among the persona's records.
   *
   * @param value the value (a role, a channel; "first contact" for the first-contact share)
   * @param count records of the persona with the value
   * @param total records of the persona
   * @param overall the value's share among everyone's records, a fraction (NaN when not compared)
   */
  public record Share(String value, long count, long total, double overall) {
    /** Returns count ÷ total, a fraction; NaN without records. */
    public double share() {
      return total == 0 ? Double.NaN : (double) count / total;
    }
  }

  /**
   * A survey question's most chosen answer among the persona's respondents.
   *
   * @param question the question as the survey's header wrote it
   * @param answer the answer
   */
  public record Answer(String question, Share answer) {}
}
