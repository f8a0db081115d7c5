package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icp sources init}, {@code icp assemble} and {@code --sources} on real and small exports.
 */
class SourcesCommandsTest {
  @TempDir Path dir;

  private static Path maven() {
    Path shared = Path.of(System.getProperty("icp.shared.dir", "../shared"));
    Path folder = shared.resolve("datasets/maven-crm-sales-opportunities");
    assumeTrue(Files.isDirectory(folder), "skipped: " + folder + " is absent");
    return folder;
  }

  private Path init(Path folder) {
    Path yaml = dir.resolve("sources.yaml");
    Cli.Result result = Cli.run("sources", "init", folder.toString(), "--out", yaml.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    return yaml;
  }

  @Test
  void sourcesInit_mavenCrm_writesTheKindsAndKeysAndSaysWhatToCheck() {
    Path folder = maven();
    Path yaml = dir.resolve("sources.yaml");
    Cli.Result result = Cli.run("sources", "init", folder.toString(), "--out", yaml.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("(?m)^\\S*accounts\\.csv +accounts +account +85 ")
        .containsPattern("(?m)^\\S*sales_pipeline\\.csv +opportunities +account +8,800 ")
        .containsPattern("(?m)^\\S*data_dictionary\\.csv +ignore +- +\\d+ +a data dictionary")
        .contains("Check:")
        .contains("Written: " + yaml);
    Sources sources = SourcesFile.read(yaml);
    assertThat(sources.used()).hasSize(2);
    assertThat(sources.only(SourceKind.OPPORTUNITIES).orElseThrow().columns())
        .containsEntry(SourceRole.STAGE, "deal_stage")
        .containsEntry(SourceRole.AMOUNT, "close_value");
  }

  @Test
  void assemble_mavenCrm_writesOneRowPerAccountAndTheLinkReport() throws IOException {
    Path yaml = init(maven());
    Path out = dir.resolve("accounts.csv");
    Cli.Result result = Cli.run("assemble", yaml.toString(), "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("sales_pipeline\\.csv \\(opportunities\\): 7,\\d{3} of 8,800 rows linked")
        .contains("Assembled 85 accounts")
        .contains("Written: " + out);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(86);
    assertThat(lines.get(0)).startsWith("account_key,");
  }

  @Test
  void deriveWithSources_mavenCrm_runsEndToEnd() {
    Path yaml = init(maven());
    Cli.Result result =
        Cli.run("derive", "--sources", yaml.toString(), "--out", dir.resolve("icp").toString());
    assertThat(result.err()).contains("Assembled 85 accounts");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(dir.resolve("icp/icp.json")).exists();
  }

  @Test
  void fileAndSources_areMutuallyExclusive() {
    Path yaml = Path.of("sources.yaml");
    Cli.Result both = Cli.run("profile", "accounts.csv", "--sources", yaml.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.errLines()).singleElement().asString().contains("not both");
    Cli.Result neither = Cli.run("cohorts", "--by", "sector");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.errLines())
        .singleElement()
        .asString()
        .contains("give FILE, or --sources sources.yaml");
  }

  @Test
  void assemble_refusesAnUnknownKindInOneLineAndWritesNothing() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "id,name\n1,Acme\n");
    Path yaml =
        Files.writeString(
            dir.resolve("sources.yaml"), "sources:\n  - file: a.csv\n    kind: acounts\n");
    Path out = dir.resolve("accounts.parquet");
    Cli.Result result = Cli.run("assemble", yaml.toString(), "--out", out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("unknown kind 'acounts' (did you mean 'accounts'?)");
    assertThat(out).doesNotExist();
  }

  @Test
  void assemble_refusesAnOutputThatIsNeitherParquetNorCsv() throws IOException {
    Path yaml = Files.writeString(dir.resolve("sources.yaml"), "sources: []\n");
    Cli.Result result =
        Cli.run("assemble", yaml.toString(), "--out", dir.resolve("a.xlsx").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains(".parquet or .csv");
  }

  @Test
  void sourcesInit_refusesToReplaceAFileWithoutForce() throws IOException {
    Files.writeString(dir.resolve("accounts.csv"), "id,name\n1,Acme\n2,Globex\n");
    Files.writeString(dir.resolve("sources.yaml"), "# mine\n");
    Cli.Result result = Cli.run("sources", "init", dir.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("pass --force");
    assertThat(Files.readString(dir.resolve("sources.yaml"))).isEqualTo("# mine\n");
  }

  @Test
  void sourcesInit_refusesAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("accounts.csv"), "id\n1\n");
    Cli.Result result =
        Cli.run("sources", "init", file.toString(), "--out", dir.resolve("s.yaml").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("is not a folder");
  }

  @Test
  void profileWithSources_classesSurveyRollUpsByTheAssembledMeanings() throws IOException {
    StringBuilder accounts = new StringBuilder("id,name\n");
    StringBuilder survey = new StringBuilder("account,How many people are on your team?\n");
    for (int i = 0; i < 40; i++) {
      accounts.append("A").append(i).append(",Company ").append(i).append('\n');
      survey.append("A").append(i).append(i % 3 == 0 ? ",1-10\n" : ",11-50\n");
    }
    Files.writeString(dir.resolve("accounts.csv"), accounts);
    Files.writeString(dir.resolve("survey.csv"), survey);
    Path yaml =
        Files.writeString(
            dir.resolve("sources.yaml"),
            "sources:\n  - file: accounts.csv\n    kind: accounts\n    key: id\n"
                + "  - file: survey.csv\n    kind: survey\n    key: account\n");
    Cli.Result result = Cli.run("profile", "--sources", yaml.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode question =
        java.util.stream.StreamSupport.stream(
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(result.out())
                    .path("columns")
                    .spliterator(),
                false)
            .filter(c -> c.path("name").asText().equals("How many people are on your team?"))
            .findFirst()
            .orElseThrow();
    assertThat(question.path("role").asText()).isEqualTo("attribute");
    assertThat(question.path("category").asText()).isEqualTo("psychographic");
  }
}
