package org.icpengine.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.icpengine.server.access.Role;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page and form the web app registers, taken from Javalin's router (not listed by hand),
 * requested signed out, as each role of workspace acme, and as workspace globex's admin: signed-out
 * visitors are sent to sign in, each role gets what {@link #RULES} says (403 below it), globex's
 * admin gets 403 on acme's pages, and no answer to an outsider carries acme's data.
 *
 * <p>Why this fails for a page without a role check: the routes come from the router, and a route
 * missing from {@link #RULES} fails {@code everyRouteHasARule}; once it has a rule it is requested
 * as every caller, so a handler that forgets {@code Web.workspace(ctx, services, ROLE)} lets
 * globex's admin (or a viewer, where an editor is needed) through and its generated test fails.
 */
class WebRouteSecurityTest {
  /** Who may use each page: public, signed-in (any user), or the least role in the workspace. */
  private static final Map<String, String> RULES =
      Map.ofEntries(
          entry("GET /login", "public"),
          entry("POST /login", "public"),
          entry("GET /", "signed-in"),
          entry("POST /logout", "signed-in"),
          entry("GET /account/password", "signed-in"),
          entry("POST /account/password", "signed-in"),
          entry("GET /w/{workspace}", "viewer"),
          entry("GET /w/{workspace}/teams/{team}", "viewer"),
          entry("GET /w/{workspace}/audit", "viewer"),
          entry("GET /w/{workspace}/health", "viewer"),
          entry("POST /w/{workspace}/health", "admin"),
          entry("GET /w/{workspace}/segment", "viewer"),
          entry("POST /w/{workspace}/segment", "viewer"),
          entry("GET /w/{workspace}/settings", "viewer"),
          entry("POST /w/{workspace}/settings", "admin"),
          entry("POST /w/{workspace}/members", "admin"),
          entry("POST /w/{workspace}/members/change", "admin"),
          entry("POST /w/{workspace}/members/remove", "admin"),
          entry("POST /w/{workspace}/tokens", "admin"),
          entry("POST /w/{workspace}/tokens/revoke", "admin"),
          entry("POST /w/{workspace}/versions/import", "editor"),
          entry("GET /w/{workspace}/data", "viewer"),
          entry("POST /w/{workspace}/data", "editor"),
          entry("GET /w/{workspace}/datasets/{id}", "viewer"),
          entry("POST /w/{workspace}/datasets/{id}/columns", "editor"),
          entry("POST /w/{workspace}/datasets/{id}/derive", "editor"),
          entry("POST /w/{workspace}/datasets/{id}/delete", "editor"),
          entry("GET /w/{workspace}/datasets/{id}/review", "viewer"),
          entry("POST /w/{workspace}/datasets/{id}/review", "editor"),
          entry("POST /w/{workspace}/datasets/{id}/reassemble", "editor"),
          entry("GET /w/{workspace}/jobs/{id}", "viewer"),
          entry("GET /w/{workspace}/versions", "viewer"),
          entry("GET /w/{workspace}/versions/{version}", "viewer"),
          entry("GET /w/{workspace}/versions/{version}/report", "viewer"),
          entry("POST /w/{workspace}/versions/{version}/edit", "editor"),
          entry("POST /w/{workspace}/versions/{version}/state", "editor"),
          entry("POST /w/{workspace}/versions/{version}/comments", "viewer"),
          entry("POST /w/{workspace}/versions/{version}/signoffs", "editor"),
          entry("GET /w/{workspace}/diff", "viewer"),
          entry("GET /w/{workspace}/score", "viewer"),
          entry("POST /w/{workspace}/score", "viewer"),
          entry("GET /w/{workspace}/score/{upload}", "viewer"),
          entry("GET /w/{workspace}/score/{upload}/download", "viewer"),
          entry("POST /w/{workspace}/score/{upload}/matches", "editor"),
          entry("GET /w/{workspace}/funnel", "viewer"),
          entry("GET /w/{workspace}/abm", "viewer"),
          entry("GET /w/{workspace}/abm/download", "viewer"),
          entry("GET /w/{workspace}/personas", "viewer"),
          entry("POST /w/{workspace}/kpis/targets", "editor"),
          entry("POST /w/{workspace}/kpis/targets/remove", "editor"));

  private static final List<String> ACME_MARKERS =
      List.of("acme-marker-comment", "acme-marker-customers");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String ACME_API = "/api/v1/workspaces/acme";

  @TempDir static Path data;
  private static WebServer server;
  private static final Map<String, String> ids = new HashMap<>();
  private static final Map<String, String[]> sessions = new HashMap<>();

  @BeforeAll
  static void start() throws IOException {
    server = new WebServer(data);
    Http api = Http.anonymous(server.port()).withToken(server.adminToken);
    Http.Answer version = api.post(ACME_API + "/versions", SampleIcp.get().icp());
    assertThat(version.status()).as(version.text()).isEqualTo(201);
    String number = version.json().get("number").asText();
    api.post(ACME_API + "/versions/" + number + "/comments", Map.of("body", "acme-marker-comment"));
    api.post(
        ACME_API + "/versions/" + number + "/state", Map.of("state", "in_review", "revision", 1));
    api.post(
        ACME_API + "/versions/" + number + "/state", Map.of("state", "published", "revision", 2));
    Http.Answer dataset =
        api.postFile(
            ACME_API + "/datasets?name=acme-marker-customers.csv",
            SampleIcp.get().customers(),
            "text/csv");
    assertThat(dataset.status()).as(dataset.text()).isEqualTo(201);
    Http.Answer job =
        api.post(
            ACME_API + "/derives",
            Map.of("dataset", dataset.json().get("id").asLong(), "ideal", NOBODY));
    String location = job.header("Location").orElseThrow();
    ids.put("workspace", "acme");
    ids.put("team", "sales");
    ids.put("version", number);
    ids.put("datasets", dataset.json().get("id").asText());
    ids.put("jobs", location.substring(location.lastIndexOf('/') + 1));
    ids.put("upload", scoreUpload(SampleIcp.get().prospects()));
  }

  /** An ideal no row meets: a derive started by a form below fails at once. */
  private static final String NOBODY = "\"Industry\" = 'Nothing'";

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @TestFactory
  List<DynamicTest> everyRouteHasARule() {
    return List.of(
        DynamicTest.dynamicTest(
            "routes registered = routes with a rule",
            () -> assertThat(new TreeSet<>(RULES.keySet())).isEqualTo(routes())));
  }

  @TestFactory
  List<DynamicTest> signedOutVisitorsAreSentToSignIn() {
    return forEachRoute(
        (route, rule) -> {
          HttpResponse<String> answer = call(route, "", "");
          assertThat(answer.statusCode()).as("%s: %s", route, answer.body()).isEqualTo(303);
          assertThat(answer.headers().firstValue("Location").orElse("")).startsWith("/login?next=");
          assertNoAcmeData(route, answer);
        });
  }

  @TestFactory
  List<DynamicTest> eachRoleOfTheWorkspaceGetsWhatItsRuleSays() {
    return forEachRoute(
        (route, rule) -> {
          for (Role role : Role.values()) {
            HttpResponse<String> answer = callAs(route, email(role));
            boolean allowed = rule.equals("signed-in") || role.covers(Role.of(rule));
            if (allowed) {
              assertThat(answer.statusCode())
                  .as("%s as %s: %s", route, role, answer.body())
                  .isNotEqualTo(403);
              assertThat(answer.headers().firstValue("Location").orElse(""))
                  .as("%s as %s", route, role)
                  .doesNotStartWith("/login?next=");
            } else {
              assertThat(answer.statusCode())
                  .as("%s as %s needs %s: %s", route, role, rule, answer.body())
                  .isEqualTo(403);
            }
          }
        });
  }

  @TestFactory
  List<DynamicTest> anotherWorkspacesAdminIsRefused() {
    return forEachRoute(
        (route, rule) -> {
          HttpResponse<String> answer = callAs(route, WebServer.GLOBEX_ADMIN);
          if (route.contains("{workspace}")) {
            assertThat(answer.statusCode()).as("%s: %s", route, answer.body()).isEqualTo(403);
          } else {
            assertThat(answer.statusCode()).as("%s: %s", route, answer.body()).isNotEqualTo(403);
          }
          assertNoAcmeData(route, answer);
        });
  }

  private interface Check {
    void check(String route, String rule) throws Exception;
  }

  /** One test per registered route that is not public. */
  private static List<DynamicTest> forEachRoute(Check check) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String route : routes()) {
      String rule = RULES.get(route);
      if (rule != null && !rule.equals("public")) {
        tests.add(DynamicTest.dynamicTest(route, () -> check.check(route, rule)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(20);
    return tests;
  }

  /** The web app's routes, as Javalin's router has them (static files aside). */
  private static Set<String> routes() {
    WebApp web = new WebApp();
    List<ParsedEndpoint> handlers =
        server.server.api().app().unsafeConfig().pvt.internalRouter.allHttpHandlers();
    return handlers.stream()
        .map(ParsedEndpoint::getEndpoint)
        .filter(e -> e.getMethod().isHttpMethod())
        .filter(e -> e.getMethod() != HandlerType.HEAD && e.getMethod() != HandlerType.OPTIONS)
        .filter(e -> web.serves(e.getPath().replace("{", "").replace("}", "")))
        .filter(e -> !e.getPath().startsWith("/static/"))
        .map(e -> e.getMethod().name() + " " + e.getPath())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String email(Role role) {
    return switch (role) {
      case VIEWER -> WebServer.VIEWER;
      case EDITOR -> WebServer.EDITOR;
      case ADMIN -> WebServer.ADMIN;
    };
  }

  /** Requests the route in a session of the user (signing in again after signing out). */
  private static HttpResponse<String> callAs(String route, String email) {
    String[] session = sessions.computeIfAbsent(email, WebRouteSecurityTest::signIn);
    HttpResponse<String> answer = call(route, "icp_session=" + session[0], session[1]);
    if (route.equals("POST /logout")) {
      sessions.remove(email);
    }
    return answer;
  }

  /** Returns the session cookie's value and its CSRF token. */
  private static String[] signIn(String email) {
    HttpResponse<String> signedIn = Forms.signIn(server.port(), email, WebServer.PASSWORD, "/");
    String cookie =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("icp_session="))
            .map(c -> c.substring("icp_session=".length(), c.indexOf(';')))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not signed in: " + signedIn.body()));
    Http.Answer me =
        Http.anonymous(server.port()).with("Cookie", "icp_session=" + cookie).get("/api/v1/me");
    return new String[] {cookie, me.json().get("csrf_token").asText()};
  }

  /**
   * Requests the route with its path filled with real ids and a minimal form with the CSRF token.
   */
  private static HttpResponse<String> call(String route, String cookie, String csrf) {
    String method = route.substring(0, route.indexOf(' '));
    String path = fill(route.substring(route.indexOf(' ') + 1));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path + query(path)));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    if (method.equals("GET")) {
      request.GET();
    } else {
      String form = "_csrf=" + encode(csrf) + "&ideal=" + encode(NOBODY);
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .method(method, HttpRequest.BodyPublishers.ofString(form));
    }
    return send(request.build());
  }

  private static String query(String path) {
    return path.endsWith("/diff") ? "?a=" + ids.get("version") + "&b=" + ids.get("version") : "";
  }

  /** Fills each path parameter with the real id of what it names. */
  private static String fill(String template) {
    Matcher m = PARAMETER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String before = template.substring(0, m.start());
      String segment =
          before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
      String id = ids.containsKey(m.group(1)) ? ids.get(m.group(1)) : ids.get(segment);
      assertThat(id)
          .as("a real id for {%s} in %s: add one to start()", m.group(1), template)
          .isNotNull();
      m.appendReplacement(filled, id);
    }
    m.appendTail(filled);
    return filled.toString();
  }

  /** Uploads prospects to score as acme's admin and returns the upload's id. */
  private static String scoreUpload(Path prospects) throws IOException {
    String[] session = signIn(WebServer.ADMIN);
    sessions.put(WebServer.ADMIN, session);
    String boundary = "----icp-test-boundary";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + session[1]
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"prospects.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/w/acme/score"))
                .header("Cookie", "icp_session=" + session[0])
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                    HttpRequest.BodyPublishers.ofByteArrays(
                        List.of(head, Files.readAllBytes(prospects), tail)))
                .build());
    String location = answer.headers().firstValue("Location").orElse("");
    assertThat(location)
        .as("%d %s", answer.statusCode(), answer.body())
        .startsWith("/w/acme/score/");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static void assertNoAcmeData(String route, HttpResponse<String> answer) {
    for (String marker : ACME_MARKERS) {
      assertThat(answer.body()).as("%s leaks acme's data", route).doesNotContain(marker);
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
