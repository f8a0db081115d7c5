package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.icpengine.server.access.Role;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.testing.TestServer;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the OpenAPI document, generated from the document rather than listed by hand,
 * called with no credentials, with each role of workspace acme, and with workspace globex's admin
 * against acme: 401, the role its {@code x-icp-role} names (403 below it), and 403, and no answer
 * to an outsider carries acme's data.
 *
 * <p>Why this fails for a route without a role check: a new route must be in the OpenAPI document
 * ({@link OpenApiDocumentTest} and {@link #everyRegisteredRouteIsCovered}), every documented
 * operation must say its role in {@code x-icp-role}, and then it is called here as every caller — a
 * handler that forgets {@code Calls.workspace(ctx, services, ROLE)} answers an anonymous caller or
 * globex's admin with something other than 401/403, or a viewer where an editor is needed, and the
 * generated test for it fails.
 */
class RouteSecurityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  /** Text planted in acme that no answer to an outsider may contain. */
  private static final List<String> ACME_MARKERS =
      List.of("acme-marker-token", "acme-marker-comment", "acme-marker-customers");

  @TempDir static Path data;
  private static TestServer server;
  private static JsonNode document;
  private static Map<String, String> ids;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(Backend.H2, data);
    try (InputStream in = RouteSecurityTest.class.getResourceAsStream("/openapi.json")) {
      document = JSON.readTree(in);
    }
    ids = realIds();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Creates one of everything a path can name in acme, and returns the ids by path segment. */
  private static Map<String, String> realIds() {
    Http admin = server.as(server.admin);
    String acme = "/api/v1/workspaces/acme";
    Http.Answer version = admin.post(acme + "/versions", SampleIcp.get().icp());
    assertThat(version.status()).as(version.text()).isEqualTo(201);
    String number = version.json().get("number").asText();
    Http.Answer comment =
        admin.post(
            acme + "/versions/" + number + "/comments", Map.of("body", "acme-marker-comment"));
    assertThat(comment.status()).as(comment.text()).isEqualTo(201);
    Http.Answer dataset =
        admin.postFile(
            acme + "/datasets?name=acme-marker-customers.csv",
            SampleIcp.get().customers(),
            "text/csv");
    assertThat(dataset.status()).as(dataset.text()).isEqualTo(201);
    String datasetId = dataset.json().get("id").asText();
    // an ideal no row meets: the derive fails at once, leaving a job to look at
    Http.Answer job =
        admin.post(
            acme + "/derives",
            Map.of("dataset", Long.parseLong(datasetId), "ideal", "\"Industry\" = 'Nothing'"));
    assertThat(job.status()).as(job.text()).isEqualTo(202);
    String location = job.header("Location").orElseThrow();
    Http.Answer token =
        admin.post(acme + "/tokens", Map.of("name", "acme-marker-token", "role", "viewer"));
    assertThat(token.status()).as(token.text()).isEqualTo(201);
    return Map.of(
        "workspace",
        "acme",
        "versions",
        number,
        "datasets",
        datasetId,
        "jobs",
        location.substring(location.lastIndexOf('/') + 1),
        "tokens",
        token.json().get("id").asText(),
        "targets",
        "win_rate_lift_a_d");
  }

  @TestFactory
  List<DynamicTest> everyOperationRefusesCallersWithoutCredentials() {
    return operations(
        (operation, rule) -> {
          if (rule.isPublic()) {
            return;
          }
          Http.Answer answer = call(server.anonymous(), operation);
          assertThat(answer.status()).as("%s: %s", operation, answer.text()).isEqualTo(401);
          assertNoAcmeData(operation, answer);
        });
  }

  @TestFactory
  List<DynamicTest> everyOperationGivesEachRoleOfTheWorkspaceWhatItsRuleSays() {
    return operations(
        (operation, rule) -> {
          if (rule.isPublic()) {
            return;
          }
          for (Role role : Role.values()) {
            Http.Answer answer = call(server.as(token(role)), operation);
            if (rule.allows(role)) {
              assertThat(answer.status())
                  .as("%s as %s may pass the role check: %s", operation, role, answer.text())
                  .isNotIn(401, 403);
            } else {
              assertThat(answer.status())
                  .as("%s as %s needs %s: %s", operation, role, rule.needed, answer.text())
                  .isEqualTo(403);
            }
          }
        });
  }

  @TestFactory
  List<DynamicTest> everyOperationRefusesAnotherWorkspacesAdmin() {
    return operations(
        (operation, rule) -> {
          if (rule.isPublic()) {
            return;
          }
          Http.Answer answer = call(server.as(server.globexAdmin), operation);
          if (operation.path().contains("{workspace}")) {
            assertThat(answer.status()).as("%s: %s", operation, answer.text()).isEqualTo(403);
          } else {
            assertThat(answer.status()).as("%s: %s", operation, answer.text()).isNotIn(401, 403);
          }
          assertNoAcmeData(operation, answer);
        });
  }

  @Test
  void everyRegisteredRouteIsCovered() {
    Set<String> documented = new TreeSet<>();
    forEachOperation(
        (operation, rule) -> documented.add(operation.method() + " " + operation.path()));
    Set<String> registered =
        server.server().api().app().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
            .map(ParsedEndpoint::getEndpoint)
            .filter(e -> e.getMethod().isHttpMethod())
            .filter(e -> e.getMethod() != HandlerType.HEAD && e.getMethod() != HandlerType.OPTIONS)
            .map(e -> e.getMethod().name() + " " + e.getPath())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(documented)
        .as("every registered route is generated into this suite")
        .containsAll(registered);
  }

  /** One documented operation. */
  record Operation(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Who may call an operation, from its {@code x-icp-role}. */
  record Rule(String needed) {
    static Rule of(Operation operation, JsonNode node) {
      String role = node.path("x-icp-role").asText("");
      assertThat(role).as("%s says who may call it in x-icp-role", operation).isNotBlank();
      return new Rule(role);
    }

    boolean isPublic() {
      // the public operations need no credentials (and /metrics has its own rule, tested in
      // MetricsAccessTest); OpenApiDocumentTest holds that only these have security: []
      return needed.equals("public") || needed.equals("metrics");
    }

    boolean allows(Role role) {
      if (needed.equals("authenticated")) {
        return true;
      }
      // "editor or admin (by target state)": the lowest role that may call it at all
      String lowest = needed.split(" ")[0];
      return role.covers(Role.of(lowest));
    }
  }

  private interface Check {
    void check(Operation operation, Rule rule);
  }

  private static List<DynamicTest> operations(Check check) {
    List<DynamicTest> tests = new ArrayList<>();
    forEachOperation(
        (operation, rule) ->
            tests.add(
                DynamicTest.dynamicTest(operation.toString(), () -> check.check(operation, rule))));
    assertThat(tests).as("operations in the OpenAPI document").hasSizeGreaterThan(20);
    return tests;
  }

  private static void forEachOperation(Check each) {
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            Operation operation =
                                new Operation(
                                    method.getKey().toUpperCase(Locale.ROOT), path.getKey());
                            each.check(operation, Rule.of(operation, method.getValue()));
                          }
                        }));
  }

  private static String token(Role role) {
    return switch (role) {
      case VIEWER -> server.viewer;
      case EDITOR -> server.editor;
      case ADMIN -> server.admin;
    };
  }

  /** Calls the operation with its path filled with real ids and a minimal body. */
  private static Http.Answer call(Http http, Operation operation) {
    String path = fill(operation.path());
    return switch (operation.method()) {
      case "GET" -> http.get(path);
      case "DELETE" -> http.delete(path);
      case "POST" -> http.post(path, "{}");
      case "PUT" -> http.put(path, "{}");
      case "PATCH" -> http.patch(path, "{}");
      default -> throw new IllegalStateException("no way to call " + operation);
    };
  }

  /** Fills each path parameter with the real id of what the segment before it names. */
  private static String fill(String template) {
    Matcher m = PARAMETER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String before = template.substring(0, m.start());
      String segment =
          m.group(1).equals("workspace")
              ? "workspace"
              : before.substring(
                  before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
      String id = ids.get(segment);
      assertThat(id)
          .as(
              "a real id for {%s} after /%s/ in %s: add one to realIds()",
              m.group(1), segment, template)
          .isNotNull();
      m.appendReplacement(filled, id);
    }
    m.appendTail(filled);
    return filled.toString();
  }

  private static void assertNoAcmeData(Operation operation, Http.Answer answer) {
    for (String marker : ACME_MARKERS) {
      assertThat(answer.text()).as("%s leaks acme's data", operation).doesNotContain(marker);
    }
  }
}
