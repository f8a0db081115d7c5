package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectSnifferTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "#",
      value = {"',' # comma", "';' # semicolon", "'\t' # tab", "'|' # pipe"})
  void sniff_findsEachCandidateDelimiter(String delimiter, String name) {
    String d = delimiter;
    String sample =
        String.join(d, "Account Name", "Industry", "Employees")
            + "\n"
            + String.join(d, "Acme", "Fintech", "120")
            + "\n"
            + String.join(d, "Globex", "Retail", "45")
            + "\n";

    CsvDialect dialect = DialectSniffer.sniff(sample, false);

    assertThat(dialect.delimiterName()).isEqualTo(name);
  }

  @Test
  void sniff_prefersSemicolonsWhenValuesHoldDecimalCommas() {
    String sample = "Name;Revenue;Churn\nAcme;12,5;0,1\nGlobex;3,25;0,4\nInitech;7;0\n";

    assertThat(DialectSniffer.sniff(sample, false).delimiter()).isEqualTo(';');
  }

  @Test
  void sniff_ignoresDelimitersAndNewlinesInsideQuotes() {
    String sample =
        "Name,Address,Notes\n"
            + "\"Acme; Inc.\",\"1 Main St\nSuite 5\",\"a|b|c\"\n"
            + "\"Globex; Ltd\",\"2 Side St; Floor 3\",\"d|e\"\n"
            + "Initech,\"3 Loop\",f\n";

    assertThat(DialectSniffer.sniff(sample, false).delimiter()).isEqualTo(',');
  }

  @Test
  void sniff_readsCrlfLineEndings() {
    String sample = "Name\tIndustry\r\nAcme\tFintech\r\nGlobex\tRetail\r\n";

    assertThat(DialectSniffer.sniff(sample, false).delimiter()).isEqualTo('\t');
  }

  @Test
  void sniff_toleratesAFewRaggedRows() {
    String sample = "a|b|c\n1|2|3\n4|5\n6|7|8\n9|10|11\n12|13|14|15\n";

    assertThat(DialectSniffer.sniff(sample, false).delimiter()).isEqualTo('|');
  }

  @Test
  void sniff_fallsBackToTabForATsvWithOneColumn() {
    assertThat(DialectSniffer.sniff("Name\nAcme\nGlobex\n", true).delimiter()).isEqualTo('\t');
    assertThat(DialectSniffer.sniff("Name\nAcme\nGlobex\n", false).delimiter()).isEqualTo(',');
  }

  @Test
  void sniff_prefersTabForATsvWhenTabAndCommaSplitAlike() {
    String sample = "a\tb,c\n1\t2,3\n4\t5,6\n";

    assertThat(DialectSniffer.sniff(sample, true).delimiter()).isEqualTo('\t');
  }
}
