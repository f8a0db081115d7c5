package org.icpengine.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.engine.Engine;
import org.icpengine.server.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoredRowsTest {
  @TempDir Path dir;

  /** 1,000 rows: every seventh in tier A, company names with a quote in some. */
  private Path scored() throws Exception {
    StringBuilder csv = new StringBuilder("Company,Industry,icp_score,icp_tier,icp_reasons\n");
    for (int i = 0; i < 1000; i++) {
      String tier = i % 7 == 0 ? "A" : i % 3 == 0 ? "B" : "C";
      csv.append(i % 100 == 0 ? "\"O'Brien " + i + "\"" : "Co " + i)
          .append(',')
          .append(i % 2 == 0 ? "Fintech" : "Retail")
          .append(',')
          .append(i % 101)
          .append(',')
          .append(tier)
          .append(",base 50\n");
    }
    Path file = dir.resolve("scored.csv");
    Files.writeString(file, csv);
    return file;
  }

  @Test
  void page_filtersEveryRowNotOnlyTheFirstPage() throws Exception {
    try (Engine engine = Engine.open()) {
      ScoredQuery tierA = new ScoredQuery("A", "", "", false, 1);
      ScoredRows first = ScoredRows.page(engine, scored(), tierA);
      assertThat(first.matching()).isEqualTo(143);
      assertThat(first.total()).isEqualTo(1000);
      assertThat(first.header()).startsWith("icp_score", "icp_tier", "icp_reasons");
      assertThat(first.rows()).hasSize(ScoredQuery.PAGE_SIZE > 143 ? 143 : ScoredQuery.PAGE_SIZE);
      assertThat(first.rows()).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("A"));
    }
  }

  @Test
  void page_pagesThroughTheMatchesInTheFilesOrder() throws Exception {
    try (Engine engine = Engine.open()) {
      Path file = scored();
      ScoredRows second = ScoredRows.page(engine, file, new ScoredQuery("C", "", "", false, 2));
      ScoredRows first = ScoredRows.page(engine, file, new ScoredQuery("C", "", "", false, 1));
      assertThat(first.rows().get(first.rows().size() - 1).get(3))
          .isNotEqualTo(second.rows().get(0).get(3));
      long shown = first.rows().size() + second.rows().size();
      ScoredRows third = ScoredRows.page(engine, file, new ScoredQuery("C", "", "", false, 3));
      shown += third.rows().size();
      assertThat(shown).isEqualTo(first.matching());
    }
  }

  @Test
  void page_sortsNumbersAsNumbers() throws Exception {
    try (Engine engine = Engine.open()) {
      ScoredRows rows =
          ScoredRows.page(engine, scored(), new ScoredQuery("", "", "icp_score", true, 1));
      List<Integer> scores = rows.rows().stream().map(r -> Integer.parseInt(r.get(0))).toList();
      assertThat(scores.get(0)).isEqualTo(100);
      assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
  }

  @Test
  void page_findsTextWithAQuoteAsText() throws Exception {
    try (Engine engine = Engine.open()) {
      ScoredRows rows =
          ScoredRows.page(engine, scored(), new ScoredQuery("", "o'brien", "", false, 1));
      assertThat(rows.matching()).isEqualTo(10);
      ScoredRows none =
          ScoredRows.page(engine, scored(), new ScoredQuery("", "x') OR 1=1 --", "", false, 1));
      assertThat(none.matching()).isZero();
    }
  }

  @Test
  void write_writesOnlyTheMatchingRowsInTheFilesColumnOrder() throws Exception {
    try (Engine engine = Engine.open()) {
      Path target = dir.resolve("filtered.csv");
      ScoredRows.write(engine, scored(), new ScoredQuery("A", "fintech", "", false, 1), target);
      List<String> lines = Files.readAllLines(target);
      assertThat(lines.get(0)).isEqualTo("Company,Industry,icp_score,icp_tier,icp_reasons");
      assertThat(lines).hasSize(1 + 72);
      assertThat(lines.subList(1, lines.size()))
          .allSatisfy(l -> assertThat(l).contains("Fintech,"));
    }
  }

  @Test
  void query_refusesAnUnknownTierOrPage() {
    assertThatThrownBy(() -> new ScoredQuery("E", "", "", false, 1))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("tier must be A, B, C, D or unscored");
    assertThatThrownBy(() -> new ScoredQuery("", "", "", false, 0))
        .hasMessageContaining("page must be 1 or more");
  }
}
