package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTableTest {
  @TempDir Path dir;

  @Test
  void write_writesHeaderAndRequestedRowsOfThirtyFields() throws IOException {
    Path file = dir.resolve("bench.csv");
    BenchTable.write(file, 2_000, 11);
    List<List<String>> table = RfcCsv.read(file);

    assertThat(table.get(0)).hasSize(30).doesNotHaveDuplicates().isEqualTo(BenchTable.header());
    assertThat(table.get(0).subList(0, 19)).isEqualTo(CustomerRows.HEADER);
    assertThat(table).hasSize(2_001).allSatisfy(row -> assertThat(row).hasSize(30));
  }

  @Test
  void write_sameSeed_writesIdenticalBytes() throws IOException {
    BenchTable.write(dir.resolve("a.csv"), 2_000, 11);
    BenchTable.write(dir.resolve("b.csv"), 2_000, 11);

    assertThat(Files.readAllBytes(dir.resolve("a.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
  }

  @Test
  void write_differentSeed_writesDifferentBytes() throws IOException {
    BenchTable.write(dir.resolve("a.csv"), 2_000, 11);
    BenchTable.write(dir.resolve("b.csv"), 2_000, 12);

    assertThat(Files.readAllBytes(dir.resolve("a.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
  }

  @Test
  void write_extraColumnsAreMessy() throws IOException {
    Path file = dir.resolve("bench.csv");
    BenchTable.write(file, 2_000, 3);
    List<List<String>> table = RfcCsv.read(file);
    List<String> header = table.get(0);
    List<List<String>> rows = table.subList(1, table.size());

    for (String column : List.of("Region", "Plan Tier", "Account Owner", "Funding Stage", "CRM")) {
      int index = header.indexOf(column);
      long levels = rows.stream().map(row -> row.get(index)).distinct().count();
      assertThat(levels).as(column).isBetween(6L, 40L);
    }
    int mrr = header.indexOf("MRR");
    assertThat(rows).anyMatch(row -> row.get(mrr).endsWith(" USD"));
    assertThat(rows).anyMatch(row -> row.get(mrr).startsWith("$"));
    int volume = header.indexOf("Data Volume");
    assertThat(rows).anyMatch(row -> row.get(volume).endsWith("TB"));
    assertThat(rows).anyMatch(row -> row.get(volume).endsWith(" GB"));
  }

  @Test
  void write_zeroRows_writesOnlyHeader() throws IOException {
    Path file = dir.resolve("nested/empty.csv");
    BenchTable.write(file, 0, 1);

    assertThat(RfcCsv.read(file)).containsExactly(BenchTable.header());
  }

  @Test
  void write_negativeRows_isRejected() {
    assertThatThrownBy(() -> BenchTable.write(dir.resolve("x.csv"), -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
