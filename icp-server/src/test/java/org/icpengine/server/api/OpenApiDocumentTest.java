package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.icpengine.server.ServerOptions;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document served at /api/v1/openapi.json: valid enough to use, and naming exactly the
 * routes the server registers.
 */
class OpenApiDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Set<String> PUBLIC =
      Set.of("GET /health", "GET /ready", "GET /api/v1/openapi.json", "POST /api/v1/session");
  private static final Pattern ROLE =
      Pattern.compile("\\b(viewer|editor|admin|public)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

  @TempDir static Path data;

  private static TestServer server;
  private static JsonNode document;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(Backend.H2, data);
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.json")) {
      assertThat(in).as("openapi.json on the class path").isNotNull();
      document = JSON.readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void isAnOpenApi31Document() {
    assertThat(document.path("openapi").asText()).matches("3\\.1\\.\\d+");
    assertThat(document.at("/info/title").asText()).isEqualTo("ICP Engine API");
    assertThat(document.at("/info/version").asText()).isEqualTo("1");
    assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
    assertThat(document.at("/components/securitySchemes/bearerToken/scheme").asText())
        .isEqualTo("bearer");
    assertThat(document.at("/components/securitySchemes/sessionCookie/in").asText())
        .isEqualTo("cookie");
    assertThat(document.at("/components/securitySchemes/sessionCookie/name").asText())
        .isEqualTo(SessionCookie.NAME);
    assertThat(document.at("/components/securitySchemes/csrfToken/name").asText())
        .isEqualTo(Authentication.CSRF_HEADER);
  }

  @Test
  void documentsExactlyTheRoutesTheServerRegisters() {
    List<ParsedEndpoint> handlers =
        server.server().api().app().unsafeConfig().pvt.internalRouter.allHttpHandlers();
    Set<String> registered =
        handlers.stream()
            .map(ParsedEndpoint::getEndpoint)
            .filter(e -> e.getMethod().isHttpMethod())
            .filter(e -> e.getMethod() != HandlerType.HEAD && e.getMethod() != HandlerType.OPTIONS)
            .map(OpenApiDocumentTest::route)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented = new TreeSet<>(operations().keySet());
    documented.removeIf(r -> r.startsWith("HEAD ") || r.startsWith("OPTIONS "));

    assertThat(registered).as("routes registered in Javalin").isNotEmpty();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void everyOperationHasAUniqueIdASummaryAndSaysWhoMayCallIt() {
    Set<String> ids = new TreeSet<>();
    operations()
        .forEach(
            (route, operation) -> {
              String id = operation.path("operationId").asText("");
              assertThat(id).as("operationId of %s", route).isNotBlank();
              assertThat(ids.add(id)).as("operationId %s is unique", id).isTrue();
              assertThat(operation.path("summary").asText(""))
                  .as("summary of %s", route)
                  .isNotBlank();
              assertThat(ROLE.matcher(operation.path("description").asText("")).find())
                  .as("description of %s names a role or says it is public", route)
                  .isTrue();
              assertThat(operation.path("responses").size())
                  .as("responses of %s", route)
                  .isPositive();
            });
  }

  @Test
  void publicRoutesAndOnlyThoseNeedNoCredentials() {
    assertThat(document.path("security").isArray()).isTrue();
    assertThat(document.path("security").size()).isPositive();
    operations()
        .forEach(
            (route, operation) -> {
              JsonNode security = operation.get("security");
              boolean open = security != null && security.isArray() && security.isEmpty();
              assertThat(open).as("%s has security: []", route).isEqualTo(PUBLIC.contains(route));
            });
  }

  @Test
  void metricsTakeNoCredentialsOrTheMetricsToken() {
    JsonNode security = operations().get("GET /metrics").get("security");
    assertThat(security.toString()).isEqualTo("[{},{\"metricsToken\":[]}]");
    assertThat(document.at("/components/securitySchemes/metricsToken/scheme").asText())
        .isEqualTo("bearer");
  }

  @Test
  void changesBySessionDocumentTheCsrfHeader() {
    operations()
        .forEach(
            (route, operation) -> {
              if (PUBLIC.contains(route) || route.startsWith("GET ")) {
                return;
              }
              JsonNode security = operation.path("security");
              boolean csrf = false;
              for (JsonNode requirement : security) {
                if (requirement.has("sessionCookie")) {
                  assertThat(requirement.has("csrfToken"))
                      .as("%s: a session needs X-CSRF-Token", route)
                      .isTrue();
                  csrf = true;
                }
              }
              assertThat(csrf).as("%s names the session with its CSRF token", route).isTrue();
            });
  }

  @Test
  void pathParametersMatchTheTemplates() {
    document
        .path("paths")
        .properties()
        .forEach(
            path -> {
              Set<String> named = new TreeSet<>();
              Matcher m = TEMPLATE.matcher(path.getKey());
              while (m.find()) {
                named.add(m.group(1));
              }
              path.getValue()
                  .properties()
                  .forEach(
                      method -> {
                        if (!METHODS.contains(method.getKey())) {
                          return;
                        }
                        Set<String> declared = new TreeSet<>();
                        List<JsonNode> parameters = new ArrayList<>();
                        path.getValue().path("parameters").forEach(parameters::add);
                        method.getValue().path("parameters").forEach(parameters::add);
                        for (JsonNode parameter : parameters) {
                          JsonNode p = resolve(parameter);
                          if (p.path("in").asText().equals("path")) {
                            assertThat(p.path("required").asBoolean())
                                .as("path parameter %s is required", p.path("name"))
                                .isTrue();
                            declared.add(p.path("name").asText());
                          }
                        }
                        assertThat(declared)
                            .as("path parameters of %s %s", method.getKey(), path.getKey())
                            .isEqualTo(named);
                      });
            });
  }

  @Test
  void errorAnswersAreProblemDocuments() {
    operations()
        .forEach(
            (route, operation) ->
                operation
                    .path("responses")
                    .properties()
                    .forEach(
                        answer -> {
                          if (answer.getKey().compareTo("400") < 0) {
                            return;
                          }
                          JsonNode content =
                              resolve(answer.getValue())
                                  .path("content")
                                  .path(Problems.CONTENT_TYPE);
                          assertThat(content.path("schema").path("$ref").asText())
                              .as("%s answers %s with a problem document", route, answer.getKey())
                              .isEqualTo("#/components/schemas/Problem");
                        }));
    assertThat(document.at("/components/schemas/Problem/required").toString())
        .isEqualTo("[\"type\",\"title\",\"status\",\"detail\",\"instance\"]");
  }

  @Test
  void everyReferenceResolvesAndEveryComponentIsUsed() {
    Set<String> refs = new TreeSet<>();
    walk(
        document,
        (key, value) -> {
          if (key.equals("$ref")) {
            refs.add(value.asText());
          }
        });
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).as("a local reference").startsWith("#/");
      assertThat(document.at(ref.substring(1)).isMissingNode()).as("%s resolves", ref).isFalse();
    }
    for (String kind : List.of("schemas", "responses", "parameters", "headers")) {
      document
          .path("components")
          .path(kind)
          .fieldNames()
          .forEachRemaining(
              name ->
                  assertThat(refs)
                      .as("components/%s/%s is used", kind, name)
                      .contains("#/components/" + kind + "/" + name));
    }
  }

  @Test
  void theUploadsDescriptionStatesTheServersDefaultLimits() {
    String upload =
        document
            .at("/paths/~1api~1v1~1workspaces~1{workspace}~1datasets/post/description")
            .asText();
    ServerOptions.Limits limits = ServerOptions.Limits.defaults();
    assertThat(upload)
        .contains(
            String.format(
                Locale.ENGLISH, "(%,d MiB unless", ServerOptions.DEFAULT_UPLOAD_LIMIT_MIB))
        .contains("(" + ServerOptions.Limits.DEFAULT_WORKSPACE_QUOTA_GIB + " GiB unless")
        .contains(
            limits.uploadsPerWorkspace() + " uploads to the workspace, or " + limits.uploads());
  }

  @Test
  void theServerServesTheDocument() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + server.server().port() + "/api/v1/openapi.json"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(JSON.readTree(answer.body())).isEqualTo(document);
  }

  /** Returns every operation by "METHOD /path". */
  private static Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new java.util.TreeMap<>();
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
                            operations.put(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                method.getValue());
                          }
                        }));
    return operations;
  }

  private static String route(Endpoint endpoint) {
    return endpoint.getMethod().name() + " " + endpoint.getPath();
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : document.at(ref.asText().substring(1));
  }

  private static void walk(JsonNode node, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                visit.accept(e.getKey(), e.getValue());
                walk(e.getValue(), visit);
              });
    } else if (node.isArray()) {
      node.forEach(item -> walk(item, visit));
    }
  }
}
