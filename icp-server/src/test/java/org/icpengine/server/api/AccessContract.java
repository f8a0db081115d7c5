package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Sql;
import org.icpengine.server.testing.TestServer;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;

/**
 * Who may do what through the API — credentials, workspaces, roles, sessions with CSRF and
 * throttling, members — run against each backend by a subclass.
 */
abstract class AccessContract extends ServerContract {
  @Test
  void refusesRequestsWithoutCredentials() {
    Http anonymous = server.anonymous();
    assertProblem(anonymous.get(ACME + "/versions"), 401);
    assertProblem(anonymous.post(ACME + "/score", Map.of("attributes", Map.of())), 401);
    assertProblem(anonymous.withToken("icp_forged").get(ACME + "/versions"), 401);
    assertProblem(anonymous.with("Authorization", "Basic YTpi").get(ACME + "/versions"), 401);
    assertThat(anonymous.get("/health").status()).isEqualTo(200);
  }

  @Test
  void aTokenSeesOnlyItsOwnWorkspace() {
    int number = publishSample();
    Http globex = server.as(server.globexAdmin);
    assertProblem(globex.get(ACME + "/versions"), 403);
    assertProblem(globex.get(ACME + "/icp"), 403);
    assertProblem(globex.get(ACME + "/versions/" + number), 403);
    assertProblem(globex.get(ACME + "/audit"), 403);
    assertProblem(
        globex.post(ACME + "/score", Map.of("attributes", Map.of("Industry", "Fintech"))), 403);
    assertProblem(globex.post(ACME + "/versions", SampleIcp.get().icp()), 403);
    assertProblem(
        globex.patch(ACME + "/versions/" + number, Map.of("revision", 3, "notes", "x")), 403);
    assertProblem(globex.post(ACME + "/tokens", Map.of("name", "steal", "role", "admin")), 403);
    // the same refusal whether or not the workspace exists, so names cannot be probed
    assertProblem(globex.get("/api/v1/workspaces/no-such/versions"), 403);
    assertThat(server.as(server.admin).get(ACME + "/versions").json()).hasSize(1);
    assertThat(globex.get("/api/v1/workspaces/globex/versions").json()).isEmpty();
  }

  @Test
  void rolesLimitWhatATokenMayDo() {
    Http viewer = server.as(server.viewer);
    Http editor = server.as(server.editor);
    assertProblem(viewer.post(ACME + "/versions", SampleIcp.get().icp()), 403);
    int number = importSample(editor);
    move(editor, number, "in_review", 1, 200);
    Http.Answer refused = move(editor, number, "published", 2, 403);
    assertThat(refused.json().get("detail").asText()).contains("admin");
    assertProblem(editor.post(ACME + "/tokens", Map.of("name", "t", "role", "viewer")), 403);
    assertProblem(
        viewer.postFile(ACME + "/datasets?name=c.csv", SampleIcp.get().customers(), "text/csv"),
        403);
    move(server.as(server.admin), number, "published", 2, 200);
    assertThat(viewer.get(ACME + "/icp").status()).isEqualTo(200);
  }

  @Test
  void browserSessionsNeedTheirCsrfTokenAndGuessingIsThrottled() {
    Http anonymous = server.anonymous();
    Http.Answer wrong =
        anonymous.post("/api/v1/session", Map.of("email", "ana@acme.test", "password", "nope"));
    assertProblem(wrong, 401);
    Http.Answer signedIn =
        anonymous.post(
            "/api/v1/session", Map.of("email", "Ana@Acme.test", "password", TestServer.PASSWORD));
    assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(201);
    String setCookie = signedIn.header("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = signedIn.json().get("csrf_token").asText();
    Http browser = anonymous.with("Cookie", cookie);
    JsonNode me = browser.get("/api/v1/me").json();
    assertThat(me.get("actor").asText()).isEqualTo("ana@acme.test");
    assertThat(me.at("/workspaces/0/role").asText()).isEqualTo("editor");
    assertProblem(browser.post(ACME + "/versions", SampleIcp.get().icp()), 403);
    Http.Answer withToken =
        browser.with("X-CSRF-Token", csrf).post(ACME + "/versions", SampleIcp.get().icp());
    assertThat(withToken.status()).as(withToken.text()).isEqualTo(201);
    assertProblem(browser.get("/api/v1/workspaces/globex/versions"), 403);
    assertThat(browser.with("X-CSRF-Token", csrf).delete("/api/v1/session").status())
        .isEqualTo(204);
    assertProblem(browser.get("/api/v1/me"), 401);

    for (int i = 0; i < 5; i++) {
      anonymous.post("/api/v1/session", Map.of("email", "ana@acme.test", "password", "guess" + i));
    }
    Http.Answer throttled =
        anonymous.post(
            "/api/v1/session", Map.of("email", "ana@acme.test", "password", TestServer.PASSWORD));
    assertProblem(throttled, 429);
  }

  @Test
  void signingInTakesOnlyJsonSoAnotherSitesFormCannotSignABrowserIn() throws Exception {
    Path form = data.resolve("form.txt");
    Files.writeString(
        form, "{\"email\": \"ana@acme.test\", \"password\": \"" + TestServer.PASSWORD + "\"}");
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
      Http.Answer forged = server.anonymous().postFile("/api/v1/session", form, type);
      assertProblem(forged, 400);
      assertThat(forged.header("Set-Cookie")).isEmpty();
    }
    assertThat(server.anonymous().postFile("/api/v1/session", form, "application/json").status())
        .isEqualTo(201);
  }

  @Test
  void memberChangesAnswerTheSameWhetherOrNotAnAccountExists() {
    Http admin = server.as(server.globexAdmin);
    Http.Answer known =
        admin.put(
            "/api/v1/workspaces/globex/members",
            Map.of("email", "Ana@acme.test", "role", "viewer"));
    Http.Answer unknown =
        admin.put(
            "/api/v1/workspaces/globex/members",
            Map.of("email", "Nobody@acme.test", "role", "viewer"));
    assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
    assertThat(unknown.text()).isEqualTo(known.text().replace("ana@", "nobody@"));
    assertThat(unknown.header("Content-Type")).isEqualTo(known.header("Content-Type"));
    assertThat(admin.get("/api/v1/workspaces/globex/members").text())
        .contains("ana@acme.test")
        .doesNotContain("nobody");
  }

  @Test
  void aRevokedTokenCanChangeNothingAtOnce() {
    Http admin = server.as(server.admin);
    Http.Answer created = admin.post(ACME + "/tokens", Map.of("name", "leaked", "role", "admin"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    Http leaked = server.as(created.json().get("token").asText());
    assertThat(leaked.get(ACME + "/versions").status()).isEqualTo(200);
    assertThat(admin.delete(ACME + "/tokens/" + created.json().get("id").asLong()).status())
        .isEqualTo(204);
    assertProblem(leaked.post(ACME + "/versions", SampleIcp.get().icp()), 401);
    assertProblem(leaked.post(ACME + "/tokens", Map.of("name", "heir", "role", "admin")), 401);
    assertProblem(leaked.get(ACME + "/tokens"), 401);
    assertProblem(leaked.get(ACME + "/versions"), 401);
  }

  @Test
  void aTokenRevokedByAnotherServerCanChangeNothingAtOnce() {
    Http admin = server.as(server.admin);
    Http.Answer created = admin.post(ACME + "/tokens", Map.of("name", "leaked", "role", "admin"));
    Http leaked = server.as(created.json().get("token").asText());
    assertThat(leaked.get(ACME + "/versions").status()).isEqualTo(200);
    // another server sharing the database revokes it: this one's cache does not hear of it
    try (Database other =
        Database.open(DatabaseSettings.from(server.environment(), server.data()))) {
      other.inTransaction(
          db ->
              Sql.update(
                  db,
                  "UPDATE tokens SET revoked_at = ? WHERE id = ?",
                  Instant.now(),
                  created.json().get("id").asLong()));
    }
    assertProblem(leaked.post(ACME + "/versions", SampleIcp.get().icp()), 401);
    assertProblem(leaked.post(ACME + "/tokens", Map.of("name", "heir", "role", "admin")), 401);
    assertProblem(leaked.put(ACME + "/members", Map.of("email", "x@y.test", "role", "admin")), 401);
    assertProblem(leaked.get(ACME + "/tokens"), 401);
    assertProblem(leaked.get(ACME + "/members"), 401);
  }

  @Test
  void adminsManageMembersButNeverRemoveTheLastAdmin() {
    Http admin = server.as(server.admin);
    Http.Answer promoted =
        admin.put(ACME + "/members", Map.of("email", "ana@acme.test", "role", "admin"));
    assertThat(promoted.status()).as(promoted.text()).isEqualTo(200);
    assertProblem(
        admin.put(ACME + "/members", Map.of("email", "ana@acme.test", "role", "viewer")), 409);
    assertProblem(
        admin.put(ACME + "/members", Map.of("email", "not an address", "role", "viewer")), 400);
    assertProblem(
        server
            .as(server.editor)
            .put(ACME + "/members", Map.of("email", "ana@acme.test", "role", "viewer")),
        403);
    assertThat(admin.get(ACME + "/members").json().get(0).get("role").asText()).isEqualTo("admin");
  }
}
