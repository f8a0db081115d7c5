package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets exit code 2, one line on stderr that says what to do, no stack
 * trace, and no output file.
 */
class BadInputTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  /** Copies a fixture file beside this class into the test folder. */
  private Path fixture(String name) throws IOException {
    try (var in = BadInputTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return bytes(name, in.readAllBytes());
    }
  }

  private static void assertCleanFailure(Cli.Result result, String... mentions) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .startsWith("icp: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(result.err()).contains(mentions);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void profile_missingFile() {
    assertCleanFailure(Cli.run(dir.resolve("nope.csv"), "profile"), "does not exist");
  }

  @Test
  void profile_folder() {
    assertCleanFailure(Cli.run(dir, "profile"), "is a folder");
  }

  @Test
  void profile_emptyFile() throws IOException {
    assertCleanFailure(Cli.run(file("empty.csv", ""), "profile"), "is empty");
  }

  @Test
  void profile_whitespaceOnlyFile() throws IOException {
    assertCleanFailure(Cli.run(file("blank.csv", "\n \n"), "profile"), "no content");
  }

  @Test
  void profile_headerOnly() throws IOException {
    assertCleanFailure(Cli.run(file("header.csv", "a,b,c\n"), "profile"), "no data rows");
  }

  @Test
  void profile_binaryFile() throws IOException {
    byte[] binary = {'a', ',', 'b', '\n', 0, 1, 2, 3, (byte) 0xFF, 0, '\n'};
    assertCleanFailure(Cli.run(bytes("data.csv", binary), "profile"), "binary");
  }

  @Test
  void profile_mixedEncoding() throws IOException {
    byte[] utf8 = "name,city\nMüller,Köln\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "Café,Zürich\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] mixed = new byte[utf8.length + latin1.length];
    System.arraycopy(utf8, 0, mixed, 0, utf8.length);
    System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
    assertCleanFailure(Cli.run(bytes("mixed.csv", mixed), "profile"), "UTF-8", "line 3");
  }

  @Test
  void profile_declaredEncodingWrong() throws IOException {
    Path latin1 = bytes("latin1.csv", "name\nCafé\n".getBytes(StandardCharsets.ISO_8859_1));
    assertCleanFailure(Cli.run(latin1, "profile", "--encoding", "utf-8"), "not valid UTF-8");
  }

  @Test
  void profile_duplicateColumnNames() throws IOException {
    Path csv = file("dupes.csv", "Industry,Country,industry\nFintech,US,Media\n");
    assertCleanFailure(Cli.run(csv, "profile"), "duplicate column name", "columns 1 and 3");
  }

  @Test
  void profile_tooManyColumns() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int row = 0; row < 3; row++) {
      for (int c = 0; c < 1_000; c++) {
        csv.append(c == 0 ? "" : ",").append(row == 0 ? "c" + c : String.valueOf(c));
      }
      csv.append('\n');
    }
    assertCleanFailure(
        Cli.run(file("wide.csv", csv.toString()), "profile"),
        "the file has 1,000 columns; ICP Engine reads at most 500");
  }

  @Test
  void profile_excelWithEntityDeclarations() throws IOException {
    assertCleanFailure(
        Cli.run(fixture("entity-declaration.xlsx"), "profile"),
        "entity-declaration.xlsx",
        "declares XML entities");
  }

  @Test
  void profile_excelZipBomb() throws IOException {
    assertCleanFailure(Cli.run(fixture("zip-bomb.xlsx"), "profile"), "zip-bomb.xlsx", "zip bomb");
  }

  @Test
  void profile_excelWithoutRowReferencesIsReadInOrder() throws IOException {
    Cli.Result result = Cli.run(fixture("no-references.xlsx"), "profile");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("2 rows × 2 columns");
  }

  @Test
  void profile_utf32WithByteOrderMarkIsTranscoded() throws IOException {
    byte[] text = "name,city\nMüller,Köln\nAcme,Berlin\n".getBytes(Charset.forName("UTF-32LE"));
    byte[] bom = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(text, 0, file, bom.length, text.length);

    Cli.Result result = Cli.run(bytes("utf32.csv", file), "profile");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("UTF-32LE").contains("Müller");
  }

  @Test
  void profile_columnNamedLikeTheRowKeyIsKeptAndRenamedWithANote() throws IOException {
    Cli.Result result = Cli.run(file("rowkey.csv", "icp#row,Plan\n7,Pro\n8,Basic\n"), "profile");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("icp#row (column 1)").contains("renamed from 'icp#row'");
  }

  @Test
  void profile_brokenParquetNamesOnlyTheFile() throws IOException {
    Path parquet =
        bytes("broken.parquet", "PAR1 not really parquet".getBytes(StandardCharsets.UTF_8));

    Cli.Result result = Cli.run(parquet, "profile");

    assertCleanFailure(result, "broken.parquet", "Parquet");
    assertThat(result.err()).doesNotContain(dir.toString());
  }

  @Test
  void profile_raggedRowsStrict() throws IOException {
    Path csv = file("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
    assertCleanFailure(Cli.run(csv, "profile", "--strict"), "line 3", "--strict");
  }

  @Test
  void profile_raggedRowsReportedWithoutStrict() throws IOException {
    Path csv = file("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    Cli.Result result = Cli.run(csv, "profile");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Row problems (2)")
        .contains("line 3: has 2 fields, expected 3: kept")
        .contains("line 4: has 4 fields, expected 3: skipped")
        .contains("3 rows");
  }

  @Test
  void profile_mostlyRaggedRowsSuggestDelimiter() throws IOException {
    Path csv = file("wrong.csv", "a,b,c\n1,2\n3\n4,5\n6\n7,8,9\n");
    assertCleanFailure(Cli.run(csv, "profile", "--delimiter", ","), "--delimiter");
  }

  @Test
  void profile_unreadableValueFailsOnlyWhenStrict() throws IOException {
    Path csv = file("ltv.csv", "Account,LTV\nA,$1000\nB,$2000\nC,lots\nD,$4000\n");
    assertThat(Cli.run(csv, "profile").exitCode()).isZero();
    assertCleanFailure(Cli.run(csv, "profile", "--strict"), "LTV", "lots");
  }

  @Test
  void profile_writeMappingToFolderWritesNothing() throws IOException {
    Path csv = file("ok.csv", "a,b\n1,2\n");
    Path folder = Files.createDirectory(dir.resolve("out"));
    assertCleanFailure(Cli.run(csv, "profile", "--write-mapping", folder.toString()), "folder");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void profile_failedReadLeavesNoMappingFile() throws IOException {
    Path csv = file("ragged.csv", "a,b,c\n1,2,3\n4,5\n");
    Path mapping = dir.resolve("mapping.yaml");
    Cli.Result result = Cli.run(csv, "profile", "--strict", "--write-mapping", mapping.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(mapping).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ragged.csv");
    }
  }

  @Test
  void cohorts_unknownByColumnSuggestsClosest() throws IOException {
    Path csv = file("c.csv", "Industry,Won\nFintech,yes\nMedia,no\nMedia,yes\n");
    assertCleanFailure(Cli.run(csv, "cohorts", "--by", "Industy"), "'Industy'", "'Industry'");
  }

  @Test
  void cohorts_invalidIdealSaysWhere() throws IOException {
    Path csv = file("c.csv", "Industry,LTV\nFintech,100\nMedia,200\nMedia,300\n");
    Cli.Result result = Cli.run(csv, "cohorts", "--by", "Industry", "--ideal", "LTV >= AND 3");
    assertCleanFailure(result, "invalid --ideal", "at character");
  }

  @Test
  void derive_idealThatReadsAServerFileIsRefusedWithoutQuotingIt() throws IOException {
    Path secret = file("secret.csv", "Name\nTOP-SECRET-CUSTOMER\n");
    Path csv = file("c.csv", "Industry,LTV\nFintech,100\nMedia,200\nMedia,300\n");
    Path out = dir.resolve("icp");
    for (String attack :
        new String[] {
          "CAST((SELECT substr(#2,1,600) FROM read_text('/etc/passwd')) AS INTEGER) > 0",
          "CAST((SELECT content FROM read_text('" + secret + "')) AS INTEGER) > 0",
          "LTV > 0 AND length(read_text('" + secret + "')) > 0"
        }) {
      Cli.Result result = Cli.run(csv, "derive", "--out", out.toString(), "--ideal", attack);

      assertCleanFailure(result, "invalid --ideal", "not allowed");
      assertThat(result.err())
          .doesNotContain("root:", "/etc", "passwd", "TOP-SECRET", secret.toString());
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void cohorts_idealWithUnknownColumn() throws IOException {
    Path csv = file("c.csv", "Industry,LTV\nFintech,100\nMedia,200\nMedia,300\n");
    assertCleanFailure(
        Cli.run(csv, "cohorts", "--by", "Industry", "--ideal", "ltvv > 100"), "'ltvv'", "'LTV'");
  }

  @Test
  void cohorts_allMissingByColumn() throws IOException {
    Path csv = file("c.csv", "Industry,Segment,Won\nFintech,,yes\nMedia,N/A,no\nMedia,,yes\n");
    assertCleanFailure(Cli.run(csv, "cohorts", "--by", "Segment"), "'Segment'", "no values");
  }

  @Test
  void cohorts_idealMatchingNoRow() throws IOException {
    Path csv = file("c.csv", "Industry,LTV\nFintech,100\nMedia,200\nMedia,300\n");
    assertCleanFailure(
        Cli.run(csv, "cohorts", "--by", "Industry", "--ideal", "LTV > 1000"), "matches no rows");
  }

  @Test
  void cohorts_missingByOption() throws IOException {
    Path csv = file("c.csv", "Industry,LTV\nFintech,100\n");
    assertCleanFailure(Cli.run(csv, "cohorts"), "--by", "icp cohorts --help");
  }

  @Test
  void unknownCommand() {
    Cli.Result result = Cli.run("frobnicate");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("frobnicate").doesNotContain("Exception");
  }

  @Test
  void verbosePrintsTheStackTrace() throws IOException {
    Path csv = file("header.csv", "a,b\n");
    Cli.Result result = Cli.run(csv, "profile", "--verbose");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("InputException").contains("\tat ");
  }

  /** Order lines: 300 rows over 30 customers, won more often in Retail. */
  static String orderLines() {
    StringBuilder csv = new StringBuilder("Order ID,Customer,Industry,Plan,Won\n");
    for (int i = 0; i < 300; i++) {
      boolean retail = i % 3 == 0;
      boolean won = retail ? i % 4 != 1 : i % 5 == 0;
      csv.append("O-")
          .append(i)
          .append(",Customer ")
          .append(i % 30)
          .append(',')
          .append(retail ? "Retail" : "Energy")
          .append(',')
          .append(i % 2 == 0 ? "Pro" : "Basic")
          .append(',')
          .append(won ? "Yes" : "No")
          .append('\n');
    }
    return csv.toString();
  }

  @Test
  void derive_refusesToModelOrderLinesAsAccounts() throws IOException {
    Path out = dir.resolve("out");
    Path csv = file("order-lines.csv", orderLines());

    assertCleanFailure(
        Cli.run(csv, "derive", "--out", out.toString()),
        "300 rows but only 30 distinct Customer values",
        "icp sources init",
        "--rows-are-accounts");
    assertThat(out).doesNotExist();
  }

  @Test
  void cohorts_refusesToModelOrderLinesAsAccounts() throws IOException {
    Path csv = file("order-lines.csv", orderLines());

    assertCleanFailure(Cli.run(csv, "cohorts", "--by", "Industry"), "--rows-are-accounts");
  }
}
