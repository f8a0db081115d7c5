package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.testkit.EnrichmentZip;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review of a linked dataset's enrichment matches through the API: the pairs in the review band
 * with both sides, decisions kept in the app database, and the next assemble of the exports linking
 * the accepted pair and not the rejected one. Run against each backend by a subclass.
 */
abstract class MatchReviewContract extends ServerContract {
  @TempDir Path files;

  private long upload(int reviewPairs) throws IOException {
    Path zip = EnrichmentZip.write(files.resolve("exports.zip"), reviewPairs);
    Http.Answer upload =
        server
            .as(server.editor)
            .postFile(ACME + "/datasets?name=exports.zip", zip, "application/zip");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    assertThat(upload.json().at("/profile/linked/review_pairs").asLong()).isEqualTo(reviewPairs);
    return upload.json().get("id").asLong();
  }

  private static Map<String, Object> decision(JsonNode pair, String verdict) {
    return Map.of(
        "source", pair.get("source").asText(),
        "row_name", pair.get("row_name").asText(),
        "row_domain", pair.get("row_domain").asText(),
        "account_key", pair.get("account_key").asText(),
        "decision", verdict);
  }

  @Test
  void decisions_areUsedByTheNextAssemble_theAcceptedPairLinksAndTheRejectedDoesNot()
      throws Exception {
    long id = upload(2);
    String review = ACME + "/datasets/" + id + "/match-review";
    JsonNode listed = server.as(server.viewer).get(review).json();
    assertThat(listed.get("total").asInt()).isEqualTo(2);
    assertThat(listed.get("waiting").asInt()).isEqualTo(2);
    JsonNode first = listed.at("/pairs/0");
    assertThat(first.at("/row/name").asText()).isEqualTo("Vandelay Industries");
    assertThat(first.at("/row/country").asText()).isEqualTo("United States");
    assertThat(first.at("/account/key").asText()).isEqualTo("A1");
    assertThat(first.at("/account/country").asText()).isEqualTo("Germany");
    assertThat(first.get("band").asText()).isEqualTo("review");
    assertThat(first.get("reason").asText()).contains("different country");
    assertThat(first.get("status").asText()).isEqualTo("waiting");

    Http editor = server.as(server.editor);
    Http.Answer accepted = editor.post(review, decision(first, "accept"));
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    assertThat(accepted.json().at("/pair/status").asText()).isEqualTo("accepted");
    assertThat(accepted.json().get("reviewed").asInt()).isEqualTo(1);
    Http.Answer rejected = editor.post(review, decision(listed.at("/pairs/1"), "reject"));
    assertThat(rejected.json().get("reviewed").asInt()).isEqualTo(2);
    assertThat(rejected.json().at("/pair/number").asInt()).isEqualTo(2);
    assertThat(rejected.json().at("/pair/status").asText()).isEqualTo("rejected");
    JsonNode after = server.as(server.viewer).get(review).json();
    assertThat(after.get("accepted").asInt()).isEqualTo(1);
    assertThat(after.get("rejected").asInt()).isEqualTo(1);
    assertThat(after.get("waiting").asInt()).isZero();

    Set<Path> before = parquetFiles();
    Http.Answer again = editor.post(ACME + "/datasets/" + id + "/reassemble", "{}");
    assertThat(again.status()).as(again.text()).isEqualTo(201);
    assertThat(again.json().get("id").asLong()).isNotEqualTo(id);
    assertThat(again.json().at("/profile/linked/enrichment/0").asText())
        .contains("1 accepted")
        .contains("1 rejected");
    Map<String, String> stacks = techStacks(only(parquetFiles(), before));
    assertThat(stacks).containsEntry("A0", "SAP").containsEntry("A1", "Stack1");
    assertThat(stacks.get("A2")).isNull();
  }

  @Test
  void decisions_needAnEditorAndAPairOfTheList() throws IOException {
    long id = upload(2);
    String review = ACME + "/datasets/" + id + "/match-review";
    JsonNode pair = server.as(server.viewer).get(review).json().at("/pairs/0");
    assertProblem(server.as(server.viewer).post(review, decision(pair, "accept")), 403);
    Http editor = server.as(server.editor);
    assertProblem(editor.post(review, decision(pair, "maybe")), 400);
    Map<String, Object> unknown = new HashMap<>(decision(pair, "accept"));
    unknown.put("account_key", "A9");
    assertProblem(editor.post(review, unknown), 404);
    assertProblem(editor.get(review + "?page=0"), 400);
    Http.Answer csv =
        editor.postFile(
            ACME + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv");
    String other = ACME + "/datasets/" + csv.json().get("id").asLong();
    assertProblem(editor.get(other + "/match-review"), 409);
    assertProblem(editor.post(other + "/reassemble", "{}"), 409);
  }

  @Test
  void skip_movesThePairToTheEndAndIsNotAReview() throws IOException {
    long id = upload(3);
    String review = ACME + "/datasets/" + id + "/match-review";
    JsonNode first = server.as(server.viewer).get(review).json().at("/pairs/0");
    Http.Answer skipped = server.as(server.editor).post(review, decision(first, "skip"));
    assertThat(skipped.json().get("reviewed").asInt()).isZero();
    assertThat(skipped.json().get("skipped").asInt()).isEqualTo(1);
    JsonNode page2 = server.as(server.viewer).get(review + "?page=2&page_size=2").json();
    assertThat(page2.get("pages").asInt()).isEqualTo(2);
    assertThat(page2.at("/pairs/0/row/name").asText()).isEqualTo("Vandelay Industries");
    assertThat(page2.at("/pairs/0/status").asText()).isEqualTo("skipped");
  }

  private Set<Path> parquetFiles() throws IOException {
    try (Stream<Path> list = Files.list(server.data().resolve("datasets"))) {
      return list.filter(p -> p.toString().endsWith(".parquet")).collect(Collectors.toSet());
    }
  }

  private static Path only(Set<Path> now, Set<Path> before) {
    List<Path> added = now.stream().filter(p -> !before.contains(p)).toList();
    assertThat(added).hasSize(1);
    return added.get(0);
  }

  private static Map<String, String> techStacks(Path table) {
    try (Engine engine = Engine.open(EngineAccess.reading(table))) {
      Map<String, String> stacks = new HashMap<>();
      engine
          .query(
              "SELECT account_key, tech_stack FROM read_parquet("
                  + Engine.literal(engine.readable(table).toString())
                  + ")",
              r -> new String[] {r.getString(1), r.getString(2)})
          .forEach(row -> stacks.put(row[0], row[1]));
      return stacks;
    }
  }
}
