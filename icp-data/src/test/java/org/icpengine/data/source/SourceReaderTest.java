package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {
  @TempDir Path dir;
  private Engine engine;

  @BeforeEach
  void openEngine() {
    engine = Fixtures.engine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void read_loadsACommaSeparatedFileAsText() {
    LoadedSource source = read("accounts-comma.csv");

    assertThat(source.format()).isEqualTo(SourceFormat.DELIMITED);
    assertThat(source.columns()).containsExactly("Account Name", "Industry", "Employees");
    assertThat(source.rows()).isEqualTo(3);
    assertThat(source.problems()).isEmpty();
    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(
            List.of("Acme", "Fintech", "120"),
            List.of("Globex", "Retail", "45"),
            List.of("Initech", "Media", "9"));
    assertThat(
            engine.query(
                "SELECT DISTINCT data_type FROM information_schema.columns"
                    + " WHERE table_name = 'raw'",
                r -> r.getString(1)))
        .containsExactly("VARCHAR");
  }

  @ParameterizedTest
  @CsvSource({
    "accounts-semicolon.csv, ';', 'Globex, Inc.', '3,2'",
    "accounts-tab.tsv, '\t', Globex, 'small; new'",
    "accounts-pipe.txt, '|', Globex, UK"
  })
  void read_sniffsTheDelimiterAndKeepsOtherSeparatorsInValues(
      String name, char delimiter, String secondName, String secondLast) {
    LoadedSource source = read(name);

    assertThat(source.dialect()).map(CsvDialect::delimiter).hasValue(delimiter);
    assertThat(source.columns()).hasSize(3);
    assertThat(Fixtures.rows(engine, "raw").get(1)).startsWith(secondName).endsWith(secondLast);
  }

  @Test
  void read_keepsQuotedDelimitersNewlinesAndQuotes() {
    LoadedSource source = read("accounts-quoted-multiline.csv");

    assertThat(source.rows()).isEqualTo(3);
    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(
            List.of("Acme, Inc.", "1 Main St\nSuite 5\nSpringfield", "Fintech"),
            List.of("Globex \"Global\"", "2 Side St", "Retail"),
            List.of("Initech", "3 Loop, Floor 2", "Media"));
  }

  @Test
  void read_dropsCarriageReturnsOfCrlfLines() {
    read("accounts-crlf.csv");

    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(List.of("Acme", "Fintech", "120"), List.of("Globex", "Retail", "45"));
  }

  @Test
  void read_dropsTheByteOrderMarkFromTheFirstColumnName() {
    LoadedSource source = read("accounts-bom.csv");

    assertThat(source.columns()).containsExactly("Account Name", "Industry");
    assertThat(source.encoding()).hasValue("UTF-8 with BOM");
  }

  @Test
  void read_usesTheDelimiterTheUserGave() {
    Path file = Fixtures.resource(SourceReaderTest.class, "accounts-comma.csv");
    ReadOptions options = ReadOptions.builder().delimiter(';').build();

    LoadedSource source = new SourceReader(engine).read(file, options, "raw");

    assertThat(source.columns()).containsExactly("Account Name,Industry,Employees");
  }

  @Test
  void read_loadsParquetWithEveryColumnAsText() throws java.io.IOException {
    Path file = dir.resolve("accounts.parquet");
    engine.copy(
        "SELECT 'Acme' AS \"Account Name\", 120 AS Employees, DATE '2021-03-04' AS Since,"
            + " ['Snowflake', 'AWS'] AS Stack UNION ALL SELECT 'Globex', NULL, NULL, []",
        "(FORMAT parquet)",
        file);

    LoadedSource source = new SourceReader(engine).read(file, ReadOptions.defaults(), "raw");

    assertThat(source.format()).isEqualTo(SourceFormat.PARQUET);
    assertThat(source.columns()).containsExactly("Account Name", "Employees", "Since", "Stack");
    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(
            List.of("Acme", "120", "2021-03-04", "Snowflake; AWS"),
            java.util.Arrays.asList("Globex", null, null, ""));
  }

  @Test
  void read_loadsAJsonArrayOfObjects() {
    LoadedSource source = read("accounts.json");

    assertThat(source.format()).isEqualTo(SourceFormat.JSON);
    assertThat(source.columns())
        .containsExactly("Account Name", "Employees", "Tech Stack", "Churned");
    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(
            List.of("Acme", "120", "Snowflake; AWS", "false"),
            List.of("Globex", "45", "HubSpot", "true"));
  }

  @Test
  void read_loadsJsonLinesWithNestedObjectsAsJsonText() {
    LoadedSource source = read("accounts.jsonl");

    assertThat(source.rows()).isEqualTo(3);
    List<List<String>> rows = Fixtures.rows(engine, "raw");
    assertThat(rows.get(0)).startsWith("Acme", "120");
    assertThat(rows.get(0).get(2)).contains("\"city\"").contains("Springfield");
    assertThat(rows.get(2)).containsExactly("Initech", null, null);
  }

  @Test
  void read_refusesACorruptParquetFile() {
    Path file = Fixtures.write(dir, "broken.parquet", "PAR1 not really parquet PAR1");

    assertThatThrownBy(() -> new SourceReader(engine).read(file, ReadOptions.defaults(), "raw"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cannot read broken.parquet as Parquet");
  }

  @Test
  void read_refusesAMissingFile() {
    assertThatThrownBy(() -> readPath(dir.resolve("nope.csv")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void read_refusesAFolder() {
    assertThatThrownBy(() -> readPath(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is a folder");
  }

  @ParameterizedTest
  @CsvSource({
    "accounts-empty.csv, is empty",
    "accounts-whitespace-only.csv, has no content",
    "accounts-header-only.csv, has a header but no data rows"
  })
  void read_refusesAFileWithoutData(String name, String message) {
    assertThatThrownBy(() -> read(name))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource({"accounts-duplicate-columns.csv", "accounts-duplicate-columns-case.csv"})
  void read_refusesDuplicateColumnNamesIgnoringCase(String name) {
    assertThatThrownBy(() -> read(name))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("duplicate column name")
        .hasMessageContaining("columns 2 and 3");
  }

  @Test
  void read_namesBlankHeadersByPosition() {
    LoadedSource source = read("accounts-blank-header.csv");

    assertThat(source.columns())
        .containsExactly("Account Name", "column_2", "Industry", "column_4");
    assertThat(Fixtures.rows(engine, "raw").get(1)).containsExactly("Globex", "2", "Retail", "y");
  }

  @Test
  void read_leavesNoTemporaryFilesBehindAfterTranscoding() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countUtf8Copies(tmp);
    Path file =
        Fixtures.write(
            dir,
            "latin1.csv",
            "Name\nCafé\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    readPath(file);

    assertThat(countUtf8Copies(tmp)).isEqualTo(before);
  }

  private static long countUtf8Copies(Path tmp) throws Exception {
    try (var files = Files.list(tmp)) {
      return files.filter(f -> f.getFileName().toString().startsWith("icp-utf8-")).count();
    }
  }

  @Test
  void read_refusesAWideFileRightAfterTheHeaderWithoutLoadingIt() {
    Path csv = Fixtures.lines(dir, "wide.csv", wideLines(1_000, 3));

    assertThatThrownBy(() -> readPath(csv))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("the file has 1,000 columns; ICP Engine reads at most 500:");
    assertThat(engine.query("SELECT table_name FROM duckdb_tables()", r -> r.getString(1)))
        .isEmpty();
  }

  @Test
  void read_refusesAHundredThousandColumnsAsTooManyEvenWithRepeatedNames() {
    String header = String.join(",", java.util.Collections.nCopies(100_000, "x"));
    Path csv = Fixtures.lines(dir, "widest.csv", List.of(header, "1"));

    assertThatThrownBy(() -> readPath(csv))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("columns; ICP Engine reads at most 500")
        .hasMessageNotContaining("duplicate");
  }

  @Test
  void read_refusesAHeaderLongerThanTheSampleWithFewColumns() {
    String header = "a".repeat(300_000) + ",b";
    Path csv = Fixtures.lines(dir, "long-header.csv", List.of(header, "1,2"));

    assertThatThrownBy(() -> readPath(csv))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("header row is longer than 256 KB");
  }

  @Test
  void read_acceptsFiveHundredColumns() {
    Path csv = Fixtures.lines(dir, "wide-ok.csv", wideLines(500, 2));

    assertThat(readPath(csv).columns()).hasSize(500);
  }

  private static List<String> wideLines(int columns, int rows) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(
        String.join(
            ",", java.util.stream.IntStream.range(0, columns).mapToObj(i -> "c" + i).toList()));
    for (int r = 0; r < rows; r++) {
      lines.add(String.join(",", java.util.Collections.nCopies(columns, String.valueOf(r))));
    }
    return lines;
  }

  private LoadedSource read(String fixture) {
    return readPath(Fixtures.resource(SourceReaderTest.class, fixture));
  }

  private LoadedSource readPath(Path file) {
    return new SourceReader(engine).read(file, ReadOptions.defaults(), "raw");
  }
}
