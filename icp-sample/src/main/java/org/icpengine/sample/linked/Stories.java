package org.icpengine.sample.linked;

import java.util.List;
import java.util.SplittableRandom;

/** Tells each account's story: its deals and subscription, its people, touches and survey. */
final class Stories {
  private Stories() {}

  /** Draws the whole story of {@code company} from {@code rnd}. */
  static Story tell(Company company, Keys keys, SplittableRandom rnd) {
    Journey.Result journey = Journey.simulate(company, keys, rnd);
    Committees.People people = Committees.draw(company, journey.opportunities(), keys, rnd);
    boolean customer = !journey.segments().isEmpty();
    List<Story.Touch> touches =
        Engagement.touches(
            journey.opportunities(), people.contacts(), customer, journey.leadSource(), rnd);
    List<Story.SurveyResponse> responses =
        Engagement.survey(company, people.contacts(), journey.segments(), rnd);
    return new Story(
        company,
        journey.opportunities(),
        journey.segments(),
        people.contacts(),
        people.roles(),
        touches,
        responses);
  }
}
