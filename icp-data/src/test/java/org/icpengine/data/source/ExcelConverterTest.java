package org.icpengine.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelConverterTest {
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

  /** Writes one sheet whose rows may mix text, numbers, booleans, dates and blanks (null). */
  interface SheetWriter {
    void write(Worksheet sheet) throws IOException;
  }

  @Test
  void read_loadsTheFirstSheetWithNumbersDatesAndText() throws Exception {
    Path file =
        workbook(
            "accounts.xlsx",
            sheet -> {
              header(sheet, "Account Name", "Employees", "Revenue", "Customer Since", "Last Call");
              sheet.value(1, 0, "Acme, \"the\" Inc.");
              sheet.value(1, 1, 120);
              sheet.value(1, 2, 12_500_000.0);
              date(sheet, 1, 3, LocalDate.of(2021, 3, 4), "yyyy-mm-dd");
              sheet.value(2, 0, "Globex\nGlobal");
              sheet.value(2, 1, 1234.5);
              sheet.value(2, 2, 0.25);
              date(sheet, 2, 3, LocalDate.of(2020, 12, 31), "dd/mm/yyyy");
              sheet.value(2, 4, LocalDateTime.of(2022, 5, 6, 14, 30));
              sheet.style(2, 4).format("yyyy-mm-dd hh:mm").set();
            });

    LoadedSource source = read(file);

    assertThat(source.format()).isEqualTo(SourceFormat.EXCEL);
    assertThat(source.file()).isEqualTo(file);
    assertThat(source.columns())
        .containsExactly("Account Name", "Employees", "Revenue", "Customer Since", "Last Call");
    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(
            Arrays.asList("Acme, \"the\" Inc.", "120", "12500000", "2021-03-04", null),
            Arrays.asList("Globex\nGlobal", "1234.5", "0.25", "2020-12-31", "2022-05-06T14:30"));
  }

  @Test
  void read_skipsBlankRowsAndPadsShortOnes() throws Exception {
    Path file =
        workbook(
            "accounts-blank-rows.xlsx",
            sheet -> {
              header(sheet, "Account Name", "Industry", "Employees");
              sheet.value(1, 0, "Acme");
              sheet.value(3, 0, "Globex");
              sheet.value(3, 1, "Retail");
              sheet.value(3, 2, 45);
            });

    LoadedSource source = read(file);

    assertThat(source.rows()).isEqualTo(2);
    assertThat(source.problems()).isEmpty();
    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(Arrays.asList("Acme", null, null), List.of("Globex", "Retail", "45"));
  }

  @Test
  void read_readsBooleansAsText() throws Exception {
    Path file =
        workbook(
            "accounts-booleans.xlsx",
            sheet -> {
              header(sheet, "Account Name", "Churned");
              sheet.value(1, 0, "Acme");
              sheet.value(1, 1, true);
              sheet.value(2, 0, "Globex");
              sheet.value(2, 1, false);
            });

    read(file);

    assertThat(Fixtures.rows(engine, "raw"))
        .extracting(row -> row.get(1).toLowerCase(java.util.Locale.ROOT))
        .containsExactly("true", "false");
  }

  @Test
  void read_refusesAWorkbookWhoseFirstSheetIsEmpty() throws Exception {
    Path file = workbook("accounts-empty.xlsx", sheet -> {});

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("empty first sheet");
  }

  @Test
  void read_refusesAZipThatIsNotAWorkbook() {
    byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    Path file = Fixtures.write(dir, "accounts.xlsx", notAWorkbook);

    assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class);
  }

  @Test
  void read_refusesAWorkbookWiderThanTheLimit() throws Exception {
    Path file =
        workbook(
            "accounts-wide.xlsx",
            sheet -> {
              for (int i = 0; i < 501; i++) {
                sheet.value(0, i, "c" + i);
                sheet.value(1, i, i);
              }
            });

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("the file has 501 columns; ICP Engine reads at most 500");
  }

  @Test
  void read_numbersRowsAndCellsWrittenWithoutReferences() {
    Path file =
        Fixtures.write(
            dir,
            "accounts-no-references.xlsx",
            RawWorkbook.withRows(
                    "<row>"
                        + inline("Account Name")
                        + inline("Employees")
                        + "</row><row>"
                        + inline("Acme")
                        + "<c><v>120</v></c></row><row r=\"5\"><c r=\"B5\"><v>7</v></c></row>")
                .bytes());

    LoadedSource source = read(file);

    assertThat(source.columns()).containsExactly("Account Name", "Employees");
    assertThat(Fixtures.rows(engine, "raw"))
        .containsExactly(List.of("Acme", "120"), Arrays.asList(null, "7"));
  }

  @Test
  void read_refusesEntityDeclarationsInOneLine() {
    String sheet =
        RawWorkbook.sheetXml(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>")
            .replace(
                "?><worksheet",
                "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet");
    Path file =
        Fixtures.write(
            dir,
            "accounts-xxe.xlsx",
            RawWorkbook.withSheet(out -> out.write(sheet.getBytes(StandardCharsets.UTF_8)))
                .bytes());

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("declares XML entities")
        .hasMessageNotContaining("\n");
  }

  @Test
  void read_refusesAPartThatExpandsPastItsLimitWhileStreaming() {
    Path file =
        Fixtures.write(
            dir,
            "accounts-part-bomb.xlsx",
            RawWorkbook.withSheet(
                    out -> {
                      out.write(RawWorkbook.sheetXml("").getBytes(StandardCharsets.UTF_8));
                      byte[] spaces = new byte[1 << 20];
                      Arrays.fill(spaces, (byte) ' ');
                      for (int i = 0; i <= WorkbookArchive.MIN_PART_BYTES >> 20; i++) {
                        out.write(spaces);
                      }
                    })
                .bytes());

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("xl/worksheets/sheet1.xml expands past 32 MB");
  }

  @Test
  void read_refusesTooManySharedStrings() {
    Path file =
        Fixtures.write(
            dir,
            "accounts-shared-strings-bomb.xlsx",
            RawWorkbook.withRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStrings("<si/>".repeat(WorkbookArchive.MAX_SHARED_STRINGS + 1))
                .bytes());

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("more than 2,000,000 shared strings");
  }

  @Test
  void read_refusesASharedStringLongerThanACell() {
    Path file =
        Fixtures.write(
            dir,
            "accounts-long-string.xlsx",
            RawWorkbook.withRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStrings(
                    "<si><t>" + "a".repeat(WorkbookArchive.MAX_STRING_CHARS + 1) + "</t></si>")
                .bytes());

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("longer than 32,767 characters");
  }

  @Test
  void read_refusesASheetWhoseTextExpandsFarPastTheFileSize() {
    String wide = "a".repeat(30_000);
    Path file =
        Fixtures.write(
            dir,
            "accounts-output-bomb.xlsx",
            RawWorkbook.withSheet(
                    out -> {
                      String xml =
                          RawWorkbook.sheetXml("<row r=\"1\">" + inline("Name") + "</row>");
                      out.write(
                          xml.replace("</sheetData></worksheet>", "")
                              .getBytes(StandardCharsets.UTF_8));
                      for (int i = 2; i < 5_000; i++) {
                        String row = "<row r=\"" + i + "\"><c t=\"s\"><v>0</v></c></row>";
                        out.write(row.getBytes(StandardCharsets.UTF_8));
                      }
                      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                    })
                .sharedStrings("<si><t>" + wide + "</t></si>")
                .bytes());

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("expands to more than 100 times the file's size");
  }

  private static String inline(String text) {
    return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private LoadedSource read(Path file) {
    return new SourceReader(engine).read(file, ReadOptions.defaults(), "raw");
  }

  private Path workbook(String name, SheetWriter rows) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "icp-test", "1.0");
      Worksheet sheet = book.newWorksheet("Accounts");
      rows.write(sheet);
      Worksheet second = book.newWorksheet("Other");
      second.value(0, 0, "not read");
      book.finish();
    }
    return file;
  }

  private static void header(Worksheet sheet, String... names) {
    for (int i = 0; i < names.length; i++) {
      sheet.value(0, i, names[i]);
    }
  }

  private static void date(Worksheet sheet, int row, int column, LocalDate value, String format) {
    sheet.value(row, column, value);
    sheet.style(row, column).format(format).set();
  }
}
