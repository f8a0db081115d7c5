package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.junit.jupiter.api.Test;

/**
 * The review through the API — comments, sign-offs per department (by people of that department),
 * the required departments and the publishing gate — run against each backend by a subclass.
 */
abstract class ReviewContract extends ServerContract {
  @Test
  void reviewsGoThroughTheApiToo() {
    Http editor = server.as(server.editor);
    Http admin = server.as(server.admin);
    int number = importSample(editor);
    String version = ACME + "/versions/" + number;
    assertProblem(
        editor.put(ACME + "/settings/signoffs", Map.of("required", List.of("sales"))), 403);
    assertThat(
            admin
                .put(ACME + "/settings/signoffs", Map.of("required", List.of("sales", "finance")))
                .json()
                .get("required")
                .toString())
        .isEqualTo("[\"sales\",\"finance\"]");
    Http.Answer asked =
        server
            .as(server.viewer)
            .post(
                version + "/comments",
                Map.of("subject", "Industry is Fintech", "body", "EU only?"));
    assertThat(asked.status()).as(asked.text()).isEqualTo(201);
    long parent = asked.json().get("id").asLong();
    editor.post(
        version + "/comments",
        Map.of("subject", "Industry is Fintech", "parent", parent, "body", "All regions."));
    JsonNode comments = editor.get(version + "/comments").json();
    assertThat(comments).hasSize(2);
    assertThat(comments.get(1).get("parent").asLong()).isEqualTo(parent);
    assertProblem(
        editor.post(version + "/signoffs", Map.of("department", "sales", "decision", "approve")),
        409);
    move(editor, number, "in_review", 1, 200);
    assertProblem(
        server
            .as(server.viewer)
            .post(version + "/signoffs", Map.of("department", "sales", "decision", "approve")),
        403);
    assertProblem(
        editor.post(version + "/signoffs", Map.of("department", "legal", "decision", "approve")),
        400);
    assertProblem(
        editor.post(version + "/signoffs", Map.of("department", "sales", "decision", "approve")),
        403);
    admin.put(
        ACME + "/members",
        Map.of("email", "ana@acme.test", "role", "editor", "department", "sales"));
    admin.put(
        ACME + "/members",
        Map.of("email", "fay@acme.test", "role", "editor", "department", "finance"));
    assertThat(admin.get(ACME + "/members").text()).contains("\"department\":\"finance\"");
    Http ana = server.signedIn("ana@acme.test");
    Http.Answer forFinance =
        ana.post(version + "/signoffs", Map.of("department", "finance", "decision", "approve"));
    assertProblem(forFinance, 403);
    assertThat(forFinance.json().get("detail").asText()).contains("is in Sales");
    ana.post(version + "/signoffs", Map.of("department", "sales", "decision", "approve"));
    Http.Answer blocked = move(admin, number, "published", 2, 409);
    assertThat(blocked.json().get("detail").asText()).contains("Finance");
    JsonNode state =
        server
            .signedIn("fay@acme.test")
            .post(
                version + "/signoffs",
                Map.of("department", "finance", "decision", "approve", "note", "LTV:CAC holds"))
            .json();
    assertThat(state.get("missing")).isEmpty();
    assertThat(state.get("signoffs")).hasSize(2);
    assertThat(state.at("/signoffs/0/signed_by").asText()).endsWith("@acme.test");
    move(admin, number, "published", 2, 200);
  }
}
