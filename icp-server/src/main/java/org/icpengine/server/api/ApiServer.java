package org.icpengine.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The HTTP server: security headers and request metrics on every answer, authentication on the API,
 * the routes, and the problem mapper; started on a port and stopped gracefully.
 */
public final class ApiServer {
  private static final String STARTED = "icp.started";
  private static final String COUNTED = "icp.counted";

  private final Javalin app;
  private final Services services;
  private final Drain drain = new Drain();

  private final java.util.List<Extension> extensions;

  /**
   * Builds the server (not yet listening) with the extensions' routes; only this machine may read
   * the metrics.
   */
  public ApiServer(Services services, String host, java.util.List<Extension> extensions) {
    this(services, host, extensions, MetricsAccess.loopbackOnly());
  }

  /** Builds the server (not yet listening) with the extensions' routes and the metrics' rule. */
  public ApiServer(
      Services services,
      String host,
      java.util.List<Extension> extensions,
      MetricsAccess metricsAccess) {
    this.extensions = java.util.List.copyOf(extensions);
    this.services = services;
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jetty.defaultHost = host;
              config.http.maxRequestSize = 16L * 1024 * 1024;
              config.http.disableCompression();
              config.http.prefer405over404 = true;
            });
    Authentication authentication = new Authentication(services.access());
    app.before(ctx -> before(ctx, authentication));
    app.after(this::after);
    Problems.install(app, this.extensions);
    app.get("/health", ctx -> ctx.json(Calls.JSON.createObjectNode().put("status", "up")));
    app.get("/ready", this::ready);
    app.get(
        "/metrics",
        ctx -> {
          metricsAccess.check(ctx);
          ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
              .result(services.metrics().scrape());
        });
    app.get("/api/v1/openapi.json", ApiServer::openApi);
    SessionRoutes.register(app, services);
    WorkspaceRoutes.register(app, services);
    VersionRoutes.register(app, services);
    DatasetRoutes.register(app, services);
    MatchReviewRoutes.register(app, services);
    ScoreRoutes.register(app, services);
    ReviewRoutes.register(app, services);
    KpiRoutes.register(app, services);
    FunnelRoutes.register(app, services);
    PersonaRoutes.register(app, services);
    MonitorRoutes.register(app, services);
    this.extensions.forEach(e -> e.register(app, services));
  }

  /** Starts listening; port 0 picks a free one. Returns the port. */
  public int start(int port) {
    app.start(port);
    return app.port();
  }

  /** Returns the Javalin app, for tests that list its routes. */
  public Javalin app() {
    return app;
  }

  /**
   * Stops: new requests get 503, running ones are given up to the limit to finish, then the server
   * closes. Returns how many requests were still running when it closed.
   */
  public int stop(Duration limit) {
    int left = drain.await(limit);
    app.stop();
    return left;
  }

  private void before(Context ctx, Authentication authentication) {
    ctx.attribute(STARTED, System.nanoTime());
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    boolean page = extensions.stream().anyMatch(e -> e.serves(ctx.path()));
    ctx.header(
        "Content-Security-Policy",
        page
            ? "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
                + " form-action 'self'; frame-ancestors 'none'"
            : "default-src 'none'; frame-ancestors 'none'");
    ctx.header("Cache-Control", "no-store");
    if (services.secureCookies()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
    if (!drain.enter()) {
      ctx.header("Connection", "close");
      Problems.write(ctx, 503, "Unavailable", "the server is shutting down: try again shortly");
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(COUNTED, true);
    if (ctx.path().startsWith("/api/") && !isPublic(ctx)) {
      authentication.identify(ctx);
    }
  }

  /** The API's public routes: its description, and signing in. */
  private static boolean isPublic(Context ctx) {
    return ctx.method() == HandlerType.OPTIONS
        || ctx.path().equals("/api/v1/openapi.json")
        || (ctx.path().equals("/api/v1/session") && ctx.method() == HandlerType.POST);
  }

  private void after(Context ctx) {
    if (ctx.attribute(COUNTED) != null) {
      ctx.attribute(COUNTED, null);
      drain.leave();
    }
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return;
    }
    String route;
    try {
      route = ctx.endpointHandlerPath();
    } catch (RuntimeException e) {
      route = "unmatched";
    }
    services
        .metrics()
        .request(ctx.method().name(), route, ctx.statusCode(), (System.nanoTime() - started) / 1e9);
  }

  private void ready(Context ctx) {
    if (drain.stopping() || !services.database().answers()) {
      Problems.write(
          ctx,
          503,
          "Unavailable",
          drain.stopping()
              ? "the server is shutting down"
              : "the app database does not answer: see the server log");
      return;
    }
    ctx.json(Calls.JSON.createObjectNode().put("status", "ready"));
  }

  private static void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }
}
