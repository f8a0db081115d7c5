package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnSynonymsTest {
  @Test
  void label_usesTheCrmSpellingOfAnApiName() {
    assertThat(ColumnSynonyms.label("NumberOfEmployees")).isEqualTo("Number of Employees");
    assertThat(ColumnSynonyms.label("AnnualRevenue")).isEqualTo("Annual Revenue");
  }

  @Test
  void label_splitsUnknownApiNamesIntoWords() {
    assertThat(ColumnSynonyms.label("last_touch_channel")).isEqualTo("Last touch channel");
    assertThat(ColumnSynonyms.label("SeatCount")).isEqualTo("Seat Count");
    assertThat(ColumnSynonyms.label("Tech_Stack__c")).isEqualTo("Tech Stack");
  }

  @Test
  void label_keepsNamesPeopleAlreadyRead() {
    assertThat(ColumnSynonyms.label("Tech Stack")).isEqualTo("Tech Stack");
    assertThat(ColumnSynonyms.label("NRR")).isEqualTo("NRR");
    assertThat(ColumnSynonyms.label("Web Visits (90d)")).isEqualTo("Web Visits (90d)");
  }
}
