package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  private static String written(List<List<String>> rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter csv = new CsvWriter(bytes)) {
      for (List<String> row : rows) {
        csv.row(row);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void row_quotesOnlyFieldsWithCommaQuoteOrLineBreak() throws IOException {
    String csv =
        written(List.of(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", " pad ", "")));

    assertThat(csv).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\", pad ,\n");
  }

  @Test
  void row_endsLinesWithLineFeedOnly() throws IOException {
    assertThat(written(List.of(List.of("a", "b"), List.of("c", "d")))).isEqualTo("a,b\nc,d\n");
  }

  @Test
  void row_encodesUtf8WithoutByteOrderMark() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter csv = new CsvWriter(bytes)) {
      csv.row(List.of("Café Müller GmbH"));
    }

    assertThat(bytes.toByteArray())
        .isEqualTo("Café Müller GmbH\n".getBytes(StandardCharsets.UTF_8))
        .hasSize(19);
  }

  @Test
  void row_roundTripsThroughRfc4180Parser() throws IOException {
    List<List<String>> rows =
        List.of(
            List.of("Account Name", "Note"),
            List.of("Smith, Jones & Co.", "The \"Blue\" Ledger"),
            List.of("", "line one\r\nline two"));

    assertThat(RfcCsv.parse(written(rows))).isEqualTo(rows);
  }
}
