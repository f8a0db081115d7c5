package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.icpengine.data.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceFormatTest {
  private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1', 0, 0, 0, 0, 'P', 'A', 'R', '1'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4, 20, 0, 6, 0};

  @TempDir Path dir;

  @Test
  void detect_parquetMagicBytesWinOverTheExtension() throws Exception {
    Path file = Fixtures.write(dir, "export.csv", PARQUET_MAGIC);

    assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.PARQUET);
  }

  @Test
  void detect_zipMagicBytesAreAnExcelWorkbookWhateverTheName() throws Exception {
    Path file = Fixtures.write(dir, "export.json", ZIP_MAGIC);

    assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.EXCEL);
  }

  @ParameterizedTest
  @CsvSource({
    "accounts.json, JSON",
    "accounts.JSONL, JSON",
    "accounts.ndjson, JSON",
    "accounts.parquet, PARQUET",
    "accounts.XLSX, EXCEL",
    "accounts.csv, DELIMITED",
    "accounts.tsv, DELIMITED",
    "accounts.txt, DELIMITED",
    "accounts, DELIMITED"
  })
  void detect_fallsBackToTheExtensionIgnoringCase(String name, SourceFormat expected)
      throws Exception {
    Path file = Fixtures.write(dir, name, "a,b\n1,2\n");

    assertThat(SourceFormat.detect(file)).isEqualTo(expected);
  }

  @Test
  void detect_readsAFileShorterThanTheMagicAsItsExtensionSays() throws Exception {
    Path file = Fixtures.write(dir, "tiny.csv", "PA".getBytes(StandardCharsets.US_ASCII));

    assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.DELIMITED);
  }

  @Test
  void detect_textThatMerelyStartsWithPIsNotParquet() throws Exception {
    Path file = Fixtures.write(dir, "plans.csv", "PAR,Plan\n1,Pro\n");

    assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.DELIMITED);
  }
}
