package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDialectTest {
  private static final CsvDialect COMMA = new CsvDialect(',', '"');

  @Test
  void parse_keepsDelimitersNewlinesAndDoubledQuotesInsideQuotedFields() {
    String text = "\"Acme, Inc.\",\"1 Main St\nSuite 5\",\"the \"\"best\"\"\"\nGlobex,x,y\n";

    List<List<String>> records = COMMA.parse(text, 10);

    assertThat(records)
        .containsExactly(
            List.of("Acme, Inc.", "1 Main St\nSuite 5", "the \"best\""),
            List.of("Globex", "x", "y"));
  }

  @Test
  void parse_treatsCrlfAsOneLineBreak() {
    assertThat(COMMA.parse("a,b\r\n1,2\r\n", 10))
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void parse_dropsARecordCutOffInsideQuotes() {
    assertThat(COMMA.parse("a,b\n1,\"unfinished\nline", 10)).containsExactly(List.of("a", "b"));
  }

  @Test
  void parse_keepsTheLastRecordWithoutATrailingNewline() {
    assertThat(COMMA.parse("a,b\n1,", 10)).containsExactly(List.of("a", "b"), List.of("1", ""));
  }

  @Test
  void parse_stopsAtTheMaximumNumberOfRecords() {
    assertThat(COMMA.parse("a\nb\nc\nd\n", 2)).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void parseLine_readsOnlyTheFirstRecord() {
    assertThat(new CsvDialect(';', '"').parseLine("x;\"y;z\"\n1;2")).containsExactly("x", "y;z");
    assertThat(COMMA.parseLine("")).isEmpty();
  }

  @Test
  void delimiterName_namesTheCandidatesAndQuotesOthers() {
    assertThat(new CsvDialect('|', '"').delimiterName()).isEqualTo("pipe");
    assertThat(new CsvDialect('\t', '"').delimiterName()).isEqualTo("tab");
    assertThat(new CsvDialect('#', '"').delimiterName()).isEqualTo("'#'");
  }
}
