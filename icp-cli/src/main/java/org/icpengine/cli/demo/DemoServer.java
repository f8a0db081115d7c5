package org.icpengine.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.data.InputException;
import org.icpengine.server.IcpServer;
import org.icpengine.server.Operations;
import org.icpengine.server.ServerOptions;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.Secrets;
import org.icpengine.web.WebApp;

/**
 * The demo's last step: the sample workspace on the ICP server, with the sample customers uploaded,
 * their ICP derived and published through the API, and a demo admin to sign in as.
 */
public final class DemoServer {
  /** The workspace the demo serves. */
  public static final String WORKSPACE = "sample";

  /** The demo admin's address. */
  public static final String EMAIL = "demo@icp.local";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoServer() {}

  /** The running server and how to sign in. */
  public record Running(IcpServer server, String url, String password) {}

  /**
   * Starts the server on the port with the demo's folder, and publishes the sample ICP.
   *
   * @throws InputException when the port is taken
   */
  public static Running start(Path out, Path customers, int port) throws IOException {
    Path data = out.resolve("server");
    String password = Secrets.random().substring(0, 16);
    String token;
    try (Operations ops = Operations.open(data, Map.of())) {
      if (ops.workspaces().stream().noneMatch(w -> w.name().equals(WORKSPACE))) {
        ops.addWorkspace(WORKSPACE);
      }
      ops.addUser(EMAIL, password, Role.ADMIN, WORKSPACE);
      token = ops.createToken(WORKSPACE, "demo", Role.ADMIN);
    }
    IcpServer server;
    try {
      server =
          IcpServer.start(
              new ServerOptions(
                  "127.0.0.1", port, data, ServerOptions.DEFAULT_UPLOAD_LIMIT, false, Map.of()),
              List.of(new WebApp()));
    } catch (RuntimeException e) {
      if (causedBy(e, BindException.class)) {
        throw new InputException(
            "port "
                + port
                + " is in use: give another with --port, or skip serving with --no-serve",
            e);
      }
      throw e;
    }
    try {
      publish(server.port(), token, customers);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return new Running(server, "http://127.0.0.1:" + server.port() + "/", password);
  }

  private static void publish(int port, String token, Path customers) throws IOException {
    String base = "http://127.0.0.1:" + port + "/api/v1/workspaces/" + WORKSPACE;
    JsonNode dataset =
        send(
            token,
            HttpRequest.newBuilder(URI.create(base + "/datasets?name=customers.csv"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(customers)));
    JsonNode job = json(token, base + "/derives", Map.of("dataset", dataset.get("id").asLong()));
    String location = base + "/jobs/" + job.get("id").asLong();
    for (int i = 0; i < 1200 && job.get("state").asText().matches("queued|running"); i++) {
      sleep();
      job = send(token, HttpRequest.newBuilder(URI.create(location)).GET());
    }
    if (!job.get("state").asText().equals("succeeded")) {
      throw new IllegalStateException("the demo's derive did not succeed: " + job.get("error"));
    }
    int number = job.get("version").asInt();
    json(
        token,
        base + "/versions/" + number + "/state",
        Map.of("state", "in_review", "revision", 1));
    json(
        token,
        base + "/versions/" + number + "/state",
        Map.of("state", "published", "revision", 2));
  }

  private static JsonNode json(String token, String url, Map<String, Object> body)
      throws IOException {
    return send(
        token,
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private static JsonNode send(String token, HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  request.header("Authorization", "Bearer " + token).build(),
                  HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() >= 300) {
        throw new IllegalStateException(
            "the demo server refused a request (" + answer.statusCode() + "): " + answer.body());
      }
      return JSON.readTree(answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
