package org.icpengine.model.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

  @ParameterizedTest
  @CsvSource({
    "US, United States",
    "USA, United States",
    "U.S.A., United States",
    "united states of america, United States",
    "United States, United States",
    "UK, United Kingdom",
    "GB, United Kingdom",
    "Great Britain, United Kingdom",
    "Deutschland, Germany",
    "DEU, Germany",
    "germany, Germany",
    "Holland, Netherlands",
    "The Netherlands, Netherlands",
    "NLD, Netherlands",
    "España, Spain",
    "ESPANA, Spain",
    "ESP, Spain",
    "FRA, France",
    "Brasil, Brazil",
    "CHE, Switzerland",
    "Schweiz, Switzerland",
    "czech republic, Czechia",
    "' uae ', United Arab Emirates"
  })
  void canonical_resolvesCodesNamesAndSynonyms(String text, String expected) {
    assertThat(Countries.canonical(text)).hasValue(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "Atlantis", "Narnia", "XYZ", "Fintech"})
  void canonical_isEmptyForWhatNamesNoCountry(String text) {
    assertThat(Countries.canonical(text)).isEmpty();
  }

  @Test
  void canonical_givesOneNamePerCountryWhateverTheSpelling() {
    assertThat(Countries.canonical("U.K.")).isEqualTo(Countries.canonical("united kingdom"));
    assertThat(Countries.canonical("america")).isEqualTo(Countries.canonical("US"));
  }
}
