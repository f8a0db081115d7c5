package org.icpengine.data.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {
  @TempDir Path dir;

  private Sources read(String yaml) {
    return SourcesFile.read(Fixtures.write(dir, "sources.yaml", yaml));
  }

  @Test
  void read_refusesAnUnknownKindWithTheClosestOne() {
    assertThatThrownBy(() -> read("sources:\n  - file: a.csv\n    kind: oportunities\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "source 'a': unknown kind 'oportunities' (did you mean 'opportunities'?)")
        .hasMessageNotContaining("\n");
  }

  @Test
  void read_refusesAnUnknownRoleWithTheClosestOne() {
    assertThatThrownBy(
            () ->
                read(
                    "sources:\n  - file: deals.csv\n    kind: opportunities\n"
                        + "    columns: {stag: StageName}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown role 'stag' (did you mean 'stage'?)");
  }

  @Test
  void read_refusesARoleOfAnotherKind() {
    assertThatThrownBy(
            () ->
                read(
                    "sources:\n  - file: deals.csv\n    kind: opportunities\n"
                        + "    columns: {mrr: MRR}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("role 'mrr' does not belong to opportunities");
  }

  @Test
  void read_refusesAnUnknownKeyAndBadOptions() {
    assertThatThrownBy(() -> read("sources:\n  - file: a.csv\n    knd: accounts\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown key 'knd' (did you mean 'kind'?)");
    assertThatThrownBy(
            () ->
                read("options: {as_of: yesterday}\nsources:\n  - {file: a.csv, kind: accounts}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("as_of must be a date written 2024-06-30, not 'yesterday'");
  }

  @Test
  void read_refusesAFileWithoutSources() {
    assertThatThrownBy(() -> read("options: {}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has no 'sources:' list");
  }

  @Test
  void write_thenRead_keepsEverything() throws IOException {
    Map<SourceRole, String> roles = new LinkedHashMap<>();
    roles.put(SourceRole.STAGE, "Stage: name");
    roles.put(SourceRole.AMOUNT, "true");
    Sources sources =
        new Sources(
            dir,
            List.of(
                new SourceEntry(
                    "accounts",
                    "in/accounts.csv",
                    Optional.of(SourceKind.ACCOUNTS),
                    Optional.of("Id"),
                    Map.of(),
                    Optional.empty()),
                new SourceEntry(
                    "deals",
                    "deals.csv",
                    Optional.of(SourceKind.OPPORTUNITIES),
                    Optional.of("Account ID"),
                    roles,
                    Optional.of("column Stage")),
                new SourceEntry(
                    "notes",
                    "notes.csv",
                    Optional.empty(),
                    Optional.empty(),
                    Map.of(),
                    Optional.of("a lookup table?"))),
            new SourcesOptions(
                Optional.of(LocalDate.of(2024, 6, 30)), 6, OptionalDouble.of(0.7), 0.6));
    Path file = dir.resolve("sources.yaml");
    SourcesYaml.write(file, sources, "test");
    Sources read = SourcesFile.read(file);
    assertThat(read.options()).isEqualTo(sources.options());
    assertThat(read.entries()).hasSize(3);
    assertThat(read.entries().get(1).columns()).isEqualTo(roles);
    assertThat(read.entries().get(1).key()).contains("Account ID");
    assertThat(read.entries().get(2).ignored()).isTrue();
    assertThat(read.path(read.entries().get(0)))
        .isEqualTo(dir.toAbsolutePath().resolve("in/accounts.csv"));
  }
}
