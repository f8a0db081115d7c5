package org.icpengine.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends what a browser would, outside it: to prove checks are made on the server. */
final class Forms {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Forms() {}

  static HttpResponse<String> post(
      int port, String path, String session, Map<String, String> form) {
    return postWithCookies(port, path, "icp_session=" + session, form);
  }

  /** POSTs a form with the Cookie header as given (none when empty). */
  static HttpResponse<String> postWithCookies(
      int port, String path, String cookies, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return send(request.build());
  }

  /** POSTs a multipart form with the CSRF token and one file, as the upload forms send it. */
  static HttpResponse<String> upload(
      int port, String path, String session, String csrf, String field, Path file)
      throws java.io.IOException {
    String boundary = "----icp-test-boundary";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Cookie", "icp_session=" + session)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.ofByteArrays(
                    java.util.List.of(head, java.nio.file.Files.readAllBytes(file), tail)))
            .build());
  }

  /** The sign-in form as a browser receives it: its pre-session cookie and hidden CSRF field. */
  record LoginForm(String cookie, String csrf, String next) {}

  /** GETs the sign-in page (with the query, if any) and reads its form's token. */
  static LoginForm loginForm(int port, String query) {
    HttpResponse<String> page =
        send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login" + query))
                .GET()
                .build());
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("icp_login="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no icp_login cookie: " + page.headers()));
    return new LoginForm(cookie, hidden(page.body(), "_csrf"), hidden(page.body(), "next"));
  }

  /** Signs in through the form as a browser would; returns the answer (303 when signed in). */
  static HttpResponse<String> signIn(int port, String email, String password, String next) {
    LoginForm form = loginForm(port, "");
    return postWithCookies(
        port,
        "/login",
        form.cookie(),
        Map.of("_csrf", form.csrf(), "email", email, "password", password, "next", next));
  }

  private static String hidden(String html, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no hidden field " + name + " in " + html);
    }
    return m.group(1).replace("&#47;", "/").replace("&amp;", "&");
  }

  static HttpResponse<String> get(int port, String path, String session) {
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Cookie", "icp_session=" + session)
            .GET()
            .build());
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
