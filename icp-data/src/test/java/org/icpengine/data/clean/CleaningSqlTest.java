package org.icpengine.data.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.clean.Placeholders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleaningSqlTest {
  private static Engine engine;

  @BeforeAll
  static void installMacros() {
    engine = Fixtures.engine();
    CleaningSql.install(engine);
    CleaningSql.install(engine);
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "907 | 907",
        "1,200 | 1200",
        "$12,500.50 | 12500.5",
        "1.2k | 1200",
        "3M | 3000000",
        "$1.1B | 1100000000",
        "USD 3M | 3000000",
        "€4.2m | 4200000",
        "2.5 million | 2500000",
        "850K | 850000",
        "907 employees | 907",
        "51-200 | 125.5",
        "$1M - $5M | 3000000",
        "10 to 20 | 15",
        "10,001+ | 10001",
        "15% | 15",
        "7.5 % | 7.5",
        "-5 | -5",
        "approx. 300 | 300",
        ".5 | 0.5",
        "1e3 | 1000"
      })
  void icpNum_readsNumbersAsExportsWriteThem(String text, double expected) {
    assertThat(number(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,5", "abc", "1.2.3", "Infinity", "NaN", "twelve", "12-"})
  void icpNum_readsNothingFromTextThatIsNoNumber(String text) {
    assertThat(number(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "Yes, true",
    "Y, true",
    "TRUE, true",
    "1, true",
    "x, true",
    "Checked, true",
    "Closed Won, true",
    "oui, true",
    "No, false",
    "n, false",
    "FALSE, false",
    "0, false",
    "unchecked, false",
    "Lost, false",
    "nein, false"
  })
  void icpBool_readsYesNoSpellings(String text, boolean expected) {
    assertThat(query("icp_bool(?)", text)).isEqualTo(String.valueOf(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "yess"})
  void icpBool_readsNothingFromOtherWords(String text) {
    assertThat(query("icp_bool(?)", text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.Example.com/about, example.com",
    "http://acme.io:8080/pricing?x=1, acme.io",
    "WWW.GLOBEX.CO.UK, globex.co.uk",
    "jane.doe@initech.com, initech.com",
    "mailto:jane@hooli.com, hooli.com",
    "www2.umbrella.org., umbrella.org",
    "stark-industries.com/#team, stark-industries.com",
    "hooli.com, hooli.com"
  })
  void icpDomain_cutsWebsitesAndEmailsToTheirDomain(String text, String expected) {
    assertThat(query("icp_domain(?)", text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a website", "localhost", "http://", "acme"})
  void icpDomain_readsNothingWithoutAHostName(String text) {
    assertThat(query("icp_domain(?)", text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "N/A",
        "n/a",
        "-",
        "--",
        "Select",
        "--Select--",
        "null",
        "NULL",
        " unknown ",
        "#N/A",
        "?",
        "(blank)"
      })
  void icpBlank_readsPlaceholdersAsMissing(String text) {
    assertThat(query("icp_blank(?)", text)).isNull();
    assertThat(Placeholders.isPlaceholder(text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "' Acme '|Acme",
        "'\tAcme\u00a0'|Acme",
        "'n/a yet'|n/a yet",
        "'Unknown Ltd'|Unknown Ltd"
      })
  void icpBlank_trimsSpacesAndKeepsRealValues(String text, String expected) {
    assertThat(query("icp_blank(?)", text)).isEqualTo(expected);
  }

  private static Double number(String text) {
    String value = query("icp_num(?)", text);
    return value == null ? null : Double.valueOf(value);
  }

  private static String query(String expression, String text) {
    List<String> rows =
        engine.query(
            "SELECT CAST(" + expression.replace("?", "?::VARCHAR") + " AS VARCHAR)",
            List.of(text),
            r -> r.getString(1));
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
