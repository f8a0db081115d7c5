package org.icpengine.data.personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.ReadOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleFileTest {
  @TempDir Path dir;
  private Engine engine;
  private Path contacts;

  @BeforeEach
  void setUp() {
    engine = Fixtures.engine();
    contacts =
        Fixtures.lines(
            dir,
            "contacts.csv",
            List.of(
                "Name,Job Title,title_function",
                "Ann,VP Sales,x",
                "Bo,Wizard of Moments,x",
                "Cy,,x",
                "Di,Vertriebsleiter,x",
                "Ed,VP Sales,x",
                "Flo,Wizard of Moments,x",
                "Gil,Chief Happiness Person,x"));
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void classify_countsRolesEmptyAndUnrecognisedTitles() {
    TitleSummary summary = classify();
    assertThat(summary.column()).isEqualTo("Job Title");
    assertThat(summary.rows()).isEqualTo(7);
    assertThat(summary.empty()).isEqualTo(1);
    assertThat(summary.counts())
        .contains(
            new TitleSummary.Count("sales", Seniority.VP, 2),
            new TitleSummary.Count("sales", Seniority.DIRECTOR, 1));
    assertThat(summary.unrecognisedRows()).isEqualTo(3);
    assertThat(summary.unrecognisedTitles()).isEqualTo(2);
    assertThat(summary.unrecognised())
        .containsExactly(
            new TitleSummary.Example("Wizard of Moments", 2),
            new TitleSummary.Example("Chief Happiness Person", 1));
  }

  @Test
  void rows_followTheInputOrder() {
    TitleFile file = new TitleFile(engine, Titles.builtIn());
    file.classify(contacts, ReadOptions.defaults(), Optional.empty());
    List<String> rows = new ArrayList<>();
    file.rows(
        (title, role) -> rows.add(title + "=" + role.function() + "/" + role.seniority().key()));
    assertThat(rows)
        .containsExactly(
            "VP Sales=sales/vp",
            "Wizard of Moments=unknown/unknown",
            "null=unknown/unknown",
            "Vertriebsleiter=sales/director",
            "VP Sales=sales/vp",
            "Wizard of Moments=unknown/unknown",
            "Chief Happiness Person=unknown/c_level");
  }

  @Test
  void write_addsTheRoleColumnsToEveryRowReplacingOldOnes() throws IOException {
    TitleFile file = new TitleFile(engine, Titles.builtIn());
    file.classify(contacts, ReadOptions.defaults(), Optional.of("job title"));
    Path out = dir.resolve("out.csv");
    file.write(out);
    assertThat(Files.readAllLines(out))
        .startsWith(
            "Name,Job Title,title_function,title_seniority",
            "Ann,VP Sales,sales,vp",
            "Bo,Wizard of Moments,unknown,unknown")
        .hasSize(8);
  }

  @Test
  void write_writesParquetByExtension() {
    TitleFile file = new TitleFile(engine, Titles.builtIn());
    file.classify(contacts, ReadOptions.defaults(), Optional.empty());
    Path out = dir.resolve("out.parquet");
    file.write(out);
    List<String> seniorities =
        engine.query(
            "SELECT title_seniority FROM read_parquet('" + engine.readable(out) + "')",
            r -> r.getString(1));
    assertThat(seniorities).hasSize(7).startsWith("vp", "unknown", "unknown", "director");
  }

  @Test
  void write_refusesAMissingFolderLeavingNothing() {
    TitleFile file = new TitleFile(engine, Titles.builtIn());
    file.classify(contacts, ReadOptions.defaults(), Optional.empty());
    assertThatThrownBy(() -> file.write(dir.resolve("nowhere/out.csv")))
        .isInstanceOf(InputException.class);
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  private TitleSummary classify() {
    return new TitleFile(engine, Titles.builtIn())
        .classify(contacts, ReadOptions.defaults(), Optional.empty());
  }
}
