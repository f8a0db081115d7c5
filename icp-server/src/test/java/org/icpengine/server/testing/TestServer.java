package org.icpengine.server.testing;

import java.nio.file.Path;
import org.icpengine.server.IcpServer;
import org.icpengine.server.Operations;
import org.icpengine.server.ServerOptions;
import org.icpengine.server.access.Role;
import org.icpengine.testkit.Http;

/**
 * A server on a free port over a fresh database of one backend, with a workspace "acme", an admin,
 * editor and viewer token for it, and a second workspace "globex" with its own admin token.
 */
public final class TestServer implements AutoCloseable {
  /** The test workspace. */
  public static final String ACME = "acme";

  /** The other workspace, for cross-workspace tests. */
  public static final String GLOBEX = "globex";

  /** The password of the test users. */
  public static final String PASSWORD = "correct horse battery";

  private IcpServer server;
  private final Path data;
  private final java.util.Map<String, String> environment;
  private final long uploadLimit;
  private final java.time.Clock clock;

  /** The tokens. */
  public final String admin;

  public final String editor;
  public final String viewer;
  public final String globexAdmin;

  /** Starts the server in the folder with the default limits. */
  public TestServer(Backend backend, Path data, long uploadLimit) {
    this(backend, data, uploadLimit, ServerOptions.Limits.defaults(), java.util.Map.of());
  }

  /** Starts the server in the folder with more environment variables (such as settings). */
  public TestServer(
      Backend backend, Path data, long uploadLimit, java.util.Map<String, String> more) {
    this(backend, data, uploadLimit, ServerOptions.Limits.defaults(), more);
  }

  /** Starts the server in the folder with the limits. */
  public TestServer(Backend backend, Path data, long uploadLimit, ServerOptions.Limits limits) {
    this(backend, data, uploadLimit, limits, java.util.Map.of());
  }

  /** Starts the server in the folder with the limits and more environment variables. */
  public TestServer(
      Backend backend,
      Path data,
      long uploadLimit,
      ServerOptions.Limits limits,
      java.util.Map<String, String> more) {
    this(backend, data, uploadLimit, limits, more, java.time.Clock.systemUTC());
  }

  /** Starts the server in the folder on the clock (a test moves it: the scheduler follows). */
  public TestServer(Backend backend, Path data, java.time.Clock clock) {
    this(backend, data, 64L << 20, ServerOptions.Limits.defaults(), java.util.Map.of(), clock);
  }

  private TestServer(
      Backend backend,
      Path data,
      long uploadLimit,
      ServerOptions.Limits limits,
      java.util.Map<String, String> more,
      java.time.Clock clock) {
    this.data = data;
    this.clock = clock;
    java.util.Map<String, String> all = new java.util.HashMap<>(backend.environment());
    all.putAll(more);
    this.environment = java.util.Map.copyOf(all);
    try (Operations ops = Operations.open(data, environment)) {
      ops.addWorkspace(ACME);
      ops.addWorkspace(GLOBEX);
      admin = ops.createToken(ACME, "admin", Role.ADMIN);
      editor = ops.createToken(ACME, "editor", Role.EDITOR);
      viewer = ops.createToken(ACME, "viewer", Role.VIEWER);
      globexAdmin = ops.createToken(GLOBEX, "globex-admin", Role.ADMIN);
      ops.addUser("ana@acme.test", PASSWORD, Role.EDITOR, ACME);
      ops.addUser("fay@acme.test", PASSWORD, Role.EDITOR, ACME);
    }
    this.uploadLimit = uploadLimit;
    server = start(limits);
  }

  private IcpServer start(ServerOptions.Limits limits) {
    return IcpServer.start(
        new ServerOptions("127.0.0.1", 0, data, uploadLimit, false, environment, limits),
        java.util.List.of(),
        clock);
  }

  /** Stops the server and starts it again on the same folder and database, with the limits. */
  public void restart(ServerOptions.Limits limits) {
    server.close();
    server = start(limits);
  }

  /** Starts the server with a 64 MiB upload limit. */
  public TestServer(Backend backend, Path data) {
    this(backend, data, 64L << 20);
  }

  /** Returns an anonymous client. */
  public Http anonymous() {
    return Http.anonymous(server.port());
  }

  /** Returns a client signed in as the user (session cookie and CSRF header). */
  public Http signedIn(String email) {
    Http.Answer session =
        anonymous().post("/api/v1/session", java.util.Map.of("email", email, "password", PASSWORD));
    if (session.status() != 201) {
      throw new IllegalStateException("cannot sign in " + email + ": " + session.text());
    }
    String cookie = session.header("Set-Cookie").orElseThrow();
    return anonymous()
        .with("Cookie", cookie.substring(0, cookie.indexOf(';')))
        .with("X-CSRF-Token", session.json().get("csrf_token").asText());
  }

  /** Returns a client with the token. */
  public Http as(String token) {
    return anonymous().withToken(token);
  }

  /** Returns the server. */
  public IcpServer server() {
    return server;
  }

  /** Returns the data folder. */
  public Path data() {
    return data;
  }

  /** Returns the database environment. */
  public java.util.Map<String, String> environment() {
    return environment;
  }

  @Override
  public void close() {
    server.close();
  }
}
