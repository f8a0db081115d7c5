package org.icpengine.sample.linked;

import java.util.Locale;

/**
 * The planted truth about one contact of the linked export, for tests of title normalisation.
 *
 * @param id the contact's {@code Id} in contacts.csv
 * @param accountId the id of its account (also when contacts.csv leaves {@code AccountId} blank)
 * @param function {@code finance}, {@code sales}, {@code marketing}, {@code engineering}, {@code
 *     data}, {@code operations}, {@code people}, {@code customer_success} or {@code executive}
 * @param seniority {@code c_level}, {@code vp}, {@code director}, {@code head}, {@code manager} or
 *     {@code individual}
 */
public record PlantedContact(String id, String accountId, String function, String seniority) {

  static PlantedContact of(Story story, Story.Contact contact) {
    return new PlantedContact(
        contact.id(),
        story.company().id(),
        contact.function().name().toLowerCase(Locale.ROOT),
        contact.seniority().name().toLowerCase(Locale.ROOT));
  }
}
