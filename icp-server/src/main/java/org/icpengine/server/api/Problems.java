package org.icpengine.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.icpengine.data.InputException;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors become answers: an RFC 9457 problem document ({@code
 * application/problem+json} with type, title, status and detail) for every refusal and failure.
 */
final class Problems {
  static final String CONTENT_TYPE = "application/problem+json";
  private static final String WRITTEN = "icp.problem";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  private static volatile java.util.List<Extension> extensions = java.util.List.of();

  /** Installs the mappers on the app; errors on an extension's paths are answered by it. */
  static void install(Javalin app, java.util.List<Extension> pages) {
    extensions = java.util.List.copyOf(pages);
    app.exception(
        ServerException.class,
        (e, ctx) -> {
          if (e.kind() == ServerException.Kind.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"icp\"");
          }
          write(ctx, e.kind().status(), e.kind().title(), e.getMessage());
        });
    app.exception(
        InputException.class,
        (e, ctx) -> write(ctx, 422, ServerException.Kind.UNPROCESSABLE.title(), e.getMessage()));
    app.exception(
        JsonProcessingException.class,
        (e, ctx) ->
            write(
                ctx,
                400,
                ServerException.Kind.BAD_REQUEST.title(),
                "the body is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "): send a JSON document"));
    app.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.error("app database failed on {} {}", ctx.method(), ctx.path(), e);
          write(ctx, 503, ServerException.Kind.UNAVAILABLE.title(), e.getMessage());
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          write(
              ctx,
              500,
              "Internal error",
              "the server failed on this request; the server log has the details");
        });
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(WRITTEN) == null) {
            write(ctx, 404, "Not found", "no such address: see /api/v1/openapi.json");
          }
        });
    app.error(
        405,
        ctx -> {
          if (ctx.attribute(WRITTEN) == null) {
            write(ctx, 405, "Method not allowed", ctx.method() + " is not allowed here");
          }
        });
  }

  /** Writes a problem document as the answer, or the extension's page on its paths. */
  static void write(Context ctx, int status, String title, String detail) {
    for (Extension extension : extensions) {
      if (extension.serves(ctx.path())) {
        ctx.attribute(WRITTEN, true);
        extension.error(ctx, status, title, detail);
        return;
      }
    }
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", ctx.path());
    ctx.attribute(WRITTEN, true);
    ctx.status(status)
        .contentType(CONTENT_TYPE)
        .result(problem.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
