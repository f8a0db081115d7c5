package org.icpengine.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.Fixtures;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.ReadOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFileTest {
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
  void write_thenReadGivesTheSameMeaningsBack() throws Exception {
    Dataset inferred = open(Mapping.none());
    List<Map.Entry<String, ColumnMeaning>> meanings =
        inferred.profile().columns().stream().map(c -> Map.entry(c.name(), c.meaning())).toList();
    Path file = dir.resolve("mapping.yaml");

    MappingFile.write(file, "salesforce-accounts-minimal.csv", meanings);
    Mapping mapping = MappingFile.read(file);

    assertThat(mapping.columns().keySet()).containsExactlyElementsOf(inferred.columns());
    Dataset mapped = open(mapping);
    for (ColumnProfile column : mapped.profile().columns()) {
      assertThat(column.mapped()).isTrue();
      assertThat(column.meaning())
          .as(column.name())
          .isEqualTo(inferred.column(column.name()).orElseThrow().meaning());
    }
  }

  @Test
  void write_quotesColumnNamesThatYamlWouldMisread() throws Exception {
    ColumnMeaning meaning = ColumnMeaning.outcome(OutcomeKind.DEAL_VALUE, ValueType.NUMBER);
    Path file = dir.resolve("mapping.yaml");

    MappingFile.write(file, "deals.csv", List.of(Map.entry("Amount: \"net\" # EUR", meaning)));

    ColumnOverride override =
        MappingFile.read(file).forColumn("Amount: \"net\" # EUR").orElseThrow();
    assertThat(override.applyTo(ColumnMeaning.of(ColumnRole.IDENTIFIER, ValueType.TEXT)))
        .isEqualTo(meaning);
  }

  @Test
  void read_appliesAnOverrideOfRoleAndType() {
    Path file =
        Fixtures.lines(
            dir,
            "mapping.yaml",
            List.of(
                "columns:",
                "  NumberOfEmployees:",
                "    type: category",
                "  Tags:",
                "    role: ignored",
                "  LTV:",
                "    role: attribute",
                "    category: behavioural"));

    Dataset dataset = open(MappingFile.read(file));

    ColumnProfile employees = dataset.column("NumberOfEmployees").orElseThrow();
    assertThat(employees.meaning().type()).isEqualTo(ValueType.CATEGORY);
    assertThat(employees.mapped()).isTrue();
    assertThat(employees.topValues()).extracting(ValueCount::value).contains("1,200");
    assertThat(dataset.column("Tags").orElseThrow().meaning().role()).isEqualTo(ColumnRole.IGNORED);
    ColumnMeaning ltv = dataset.column("LTV").orElseThrow().meaning();
    assertThat(ltv.role()).isEqualTo(ColumnRole.ATTRIBUTE);
    assertThat(ltv.outcome()).isEmpty();
    assertThat(ltv.category())
        .hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("behavioural"));
    assertThat(dataset.column("Industry").orElseThrow().mapped()).isFalse();
  }

  @Test
  void open_refusesAMappingOfAnUnknownColumnAndSuggestsTheClosest() {
    Path file =
        Fixtures.lines(dir, "mapping.yaml", List.of("columns:", "  Industy:", "    role: ignored"));
    Mapping mapping = MappingFile.read(file);

    assertThatThrownBy(() -> open(mapping))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'Industy'")
        .hasMessageContaining("did you mean 'Industry'?");
  }

  @Test
  void read_refusesInvalidYamlNamingTheLine() {
    Path file =
        Fixtures.lines(
            dir,
            "mapping.yaml",
            List.of("columns:", "  Industry:", "    role: [attribute", "  LTV: x"));

    assertThatThrownBy(() -> MappingFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not valid YAML")
        .hasMessageMatching(".*at line [34].*");
  }

  @Test
  void read_refusesAFileWithoutColumnsSection() {
    Path file = Fixtures.lines(dir, "mapping.yaml", List.of("fields:", "  Industry: {}"));

    assertThatThrownBy(() -> MappingFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no 'columns:' section");
  }

  @Test
  void read_refusesAnUnknownRoleNamingTheColumn() {
    Path file =
        Fixtures.lines(dir, "mapping.yaml", List.of("columns:", "  Industry:", "    role: trait"));

    assertThatThrownBy(() -> MappingFile.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("column 'Industry'")
        .hasMessageContaining("unknown role 'trait'");
  }

  @Test
  void read_refusesAMissingFile() {
    assertThatThrownBy(() -> MappingFile.read(dir.resolve("nope.yaml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cannot read mapping file");
  }

  private Dataset open(Mapping mapping) {
    DatasetOptions options =
        new DatasetOptions(ReadOptions.defaults(), mapping, DatasetOptions.Progress.none());
    return Dataset.open(
        engine,
        Fixtures.resource(MappingFileTest.class, "salesforce-accounts-minimal.csv"),
        options);
  }
}
