package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void salesforce_isUniqueAndShapedLikeAnAccountId() {
    Set<String> ids = new HashSet<>();
    for (long i = 0; i < 200_000; i++) {
      String id = Ids.salesforce(i, 123_456_789L);
      assertThat(id).matches("001A0000[0-9A-Za-z]{7}");
      ids.add(id);
    }
    assertThat(ids).hasSize(200_000);
  }

  @Test
  void hubspot_isUniqueElevenDigitNumber() {
    Set<String> ids = new HashSet<>();
    for (long i = 0; i < 200_000; i++) {
      String id = Ids.hubspot(i, -987_654_321L);
      assertThat(id).matches("[1-9][0-9]{10}");
      ids.add(id);
    }
    assertThat(ids).hasSize(200_000);
  }

  @Test
  void salt_changesTheIds() {
    assertThat(Ids.salesforce(0, 1)).isNotEqualTo(Ids.salesforce(0, 2));
    assertThat(Ids.hubspot(5, 1)).isNotEqualTo(Ids.hubspot(5, 2));
  }
}
