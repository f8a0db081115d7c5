package org.icpengine.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.server.IcpServer;
import org.icpengine.server.Operations;
import org.icpengine.server.ServerOptions;
import org.icpengine.server.access.Role;

/**
 * The server with the web app over a fresh embedded database, with workspace "acme" and three
 * people: an admin, an editor and a viewer; and workspace "globex" with an admin of its own.
 */
final class WebServer implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";
  static final String ADMIN = "ada@acme.test";
  static final String EDITOR = "ed@acme.test";
  static final String VIEWER = "vi@acme.test";

  /** The admin of another workspace, "globex", who is no member of acme. */
  static final String GLOBEX_ADMIN = "gil@globex.test";

  final IcpServer server;
  final String adminToken;

  WebServer(Path data) {
    this(data, java.time.Clock.systemUTC());
  }

  /** Starts on the clock: a test that moves it moves the scheduler and sessions. */
  WebServer(Path data, java.time.Clock clock) {
    try (Operations ops = Operations.open(data, Map.of())) {
      ops.addWorkspace("acme");
      ops.addUser(ADMIN, PASSWORD, Role.ADMIN, "acme");
      ops.addUser(EDITOR, PASSWORD, Role.EDITOR, "acme");
      ops.addUser(VIEWER, PASSWORD, Role.VIEWER, "acme");
      adminToken = ops.createToken("acme", "test", Role.ADMIN);
      ops.addWorkspace("globex");
      ops.addUser(GLOBEX_ADMIN, PASSWORD, Role.ADMIN, "globex");
    }
    server =
        IcpServer.start(
            new ServerOptions("127.0.0.1", 0, data, 64L << 20, false, Map.of()),
            List.of(new WebApp()),
            clock);
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
