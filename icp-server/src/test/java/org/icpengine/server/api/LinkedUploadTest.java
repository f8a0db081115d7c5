package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.icpengine.sample.linked.LinkedSample;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.testing.TestServer;
import org.icpengine.testkit.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zip of a company's linked exports uploaded as one dataset, and the zips refused. */
class LinkedUploadTest extends ServerContract {
  private static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";

  @TempDir Path files;

  @Override
  Backend backend() {
    return Backend.H2;
  }

  @Test
  void upload_linksAZipOfExportsIntoTheAccountTableAndDerivesFromIt() throws Exception {
    Path exports = files.resolve("exports");
    // 300 accounts leave 15 ideal ones, fewer than a derive learns from
    LinkedSample.builder().seed(42).accounts(600).build().write(exports);
    Path zip = zip(files.resolve("acme-exports.zip"), folderEntries(exports, "acme/"));
    Http editor = server.as(server.editor);

    Http.Answer upload =
        editor.postFile(ACME + "/datasets?name=acme-exports.zip", zip, "application/zip");

    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    JsonNode dataset = upload.json();
    assertThat(dataset.get("rows").asLong()).isEqualTo(600);
    List<String> columns = new ArrayList<>();
    dataset.at("/profile/columns").forEach(c -> columns.add(c.get("name").asText()));
    assertThat(columns).contains("ltv", "churned", "win_rate");
    assertThat(dataset.at("/profile/linked/report").size()).isGreaterThan(1);
    assertThat(dataset.at("/profile/linked/accounts").asLong()).isEqualTo(600);
    assertThat(leftovers()).isEmpty();

    long id = dataset.get("id").asLong();
    Http.Answer started = editor.post(ACME + "/derives", Map.of("dataset", id, "ideal", IDEAL));
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    JsonNode finished = poll(editor, started.header("Location").orElseThrow());
    assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("succeeded");
    JsonNode version = editor.get(ACME + "/versions/" + finished.get("version").asInt()).json();
    assertThat(version.at("/icp/traits").size()).isGreaterThan(0);
  }

  @Test
  void upload_storesEntriesUnderTheirFileNamesOnly() throws Exception {
    Path exports = files.resolve("exports");
    LinkedSample.builder().seed(7).accounts(300).build().write(exports);
    Map<String, byte[]> entries = folderEntries(exports, "../../");
    entries.put("../evil.csv", "id,x\n1,2\n".getBytes(StandardCharsets.UTF_8));
    Path zip = zip(files.resolve("evil.zip"), entries);

    Http.Answer upload =
        server.as(server.editor).postFile(ACME + "/datasets?name=evil.zip", zip, "application/zip");

    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    assertThat(upload.json().get("rows").asLong()).isEqualTo(300);
    assertThat(files.getParent().resolve("evil.csv")).doesNotExist();
    assertThat(data.getParent().resolve("evil.csv")).doesNotExist();
    assertThat(data.resolve("evil.csv")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void upload_refusesAZipBombAndLeavesNothingBehind() throws Exception {
    server.close();
    Path small = files.resolve("small");
    server = new TestServer(backend(), small, 50_000);
    byte[] zeros = new byte[5_000_000];
    Path zip = zip(files.resolve("bomb.zip"), Map.of("accounts.csv", zeros));
    assertThat(Files.size(zip)).isLessThan(50_000);

    Http.Answer upload =
        server.as(server.editor).postFile(ACME + "/datasets?name=bomb.zip", zip, "application/zip");

    assertProblem(upload, 422);
    assertThat(upload.json().get("detail").asText()).contains("once unpacked");
    assertThat(Files.list(small.resolve("uploads"))).isEmpty();
    assertThat(Files.list(small.resolve("datasets"))).isEmpty();
    assertThat(Files.list(small.resolve("work"))).isEmpty();
  }

  @Test
  void upload_refusesASourcesYamlNamingAFileOutsideTheZip() throws Exception {
    String yaml =
        "sources:\n  - name: accounts\n    file: /etc/passwd\n    kind: accounts\n"
            + "    key: Id\n";
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("sources.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    entries.put("accounts.csv", "Id,Name\n1,Acme\n".getBytes(StandardCharsets.UTF_8));
    Path zip = zip(files.resolve("outside.zip"), entries);

    Http.Answer upload =
        server
            .as(server.editor)
            .postFile(ACME + "/datasets?name=outside.zip", zip, "application/zip");

    assertProblem(upload, 422);
    assertThat(upload.json().get("detail").asText()).contains("/etc/passwd");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void upload_refusesAZipWithoutDataFiles() throws Exception {
    Path zip =
        zip(files.resolve("none.zip"), Map.of("readme.md", "hi".getBytes(StandardCharsets.UTF_8)));

    Http.Answer upload =
        server.as(server.editor).postFile(ACME + "/datasets?name=none.zip", zip, "application/zip");

    assertProblem(upload, 422);
    assertThat(leftovers()).isEmpty();
  }

  /** Files the data folder keeps beyond the datasets recorded: partial uploads, unpacked zips. */
  private List<Path> leftovers() throws IOException {
    List<Path> left = new ArrayList<>();
    try (Stream<Path> uploads = Files.list(data.resolve("uploads"));
        Stream<Path> work = Files.list(data.resolve("work"))) {
      uploads.forEach(left::add);
      work.filter(p -> p.getFileName().toString().startsWith("linked-")).forEach(left::add);
    }
    return left;
  }

  private static Map<String, byte[]> folderEntries(Path dir, String prefix) throws IOException {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.sorted().toList()) {
        entries.put(prefix + file.getFileName(), Files.readAllBytes(file));
      }
    }
    return entries;
  }

  private static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return target;
  }

  private static JsonNode poll(Http http, String job) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      JsonNode state = http.get(job).json();
      if (!state.get("state").asText().matches("queued|running")) {
        return state;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish in two minutes: " + http.get(job).text());
  }
}
