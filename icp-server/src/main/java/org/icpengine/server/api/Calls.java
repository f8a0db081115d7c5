package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Caller;
import org.icpengine.server.access.Role;
import org.icpengine.server.workspace.Workspace;

/** What every route needs from a request: the caller, the workspace, the body, the revision. */
final class Calls {
  static final String CALLER = "icp.caller";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final long JSON_LIMIT = 16L * 1024 * 1024;

  private Calls() {}

  /** Returns the authenticated caller. */
  static Caller caller(Context ctx) {
    Caller caller = ctx.attribute(CALLER);
    if (caller == null) {
      throw new ServerException(
          ServerException.Kind.UNAUTHORIZED,
          "sign in, or send an API token as 'Authorization: Bearer icp_…'");
    }
    return caller;
  }

  /**
   * Returns the workspace named in the path, checking the caller has the role there. A caller
   * without access is refused the same way whether or not the workspace exists.
   */
  static Workspace workspace(Context ctx, Services services, Role needed) {
    return services.workspace(caller(ctx), ctx.pathParam("workspace"), needed);
  }

  /** Reads a JSON body of up to 16 MiB. */
  static JsonNode body(Context ctx) throws IOException {
    long length = ctx.contentLength();
    if (length > JSON_LIMIT) {
      throw new ServerException(
          ServerException.Kind.TOO_LARGE, "a JSON body may have up to 16 MiB: send less at once");
    }
    byte[] bytes =
        length >= 0
            ? ctx.bodyInputStream().readNBytes((int) length)
            : ctx.bodyInputStream().readNBytes((int) JSON_LIMIT + 1);
    if (bytes.length > JSON_LIMIT) {
      throw new ServerException(
          ServerException.Kind.TOO_LARGE, "a JSON body may have up to 16 MiB: send less at once");
    }
    if (bytes.length == 0) {
      throw ServerException.badRequest("the body is empty: send a JSON document");
    }
    return JSON.readTree(bytes);
  }

  /**
   * Returns the revision the caller's change is based on: the {@code If-Match} header (the ETag
   * from reading the version) or the body's {@code revision}.
   */
  static int revision(Context ctx, JsonNode body) {
    String match = ctx.header("If-Match");
    if (match != null && !match.isBlank()) {
      String bare = match.trim().replace("W/", "").replace("\"", "");
      try {
        return Integer.parseInt(bare);
      } catch (NumberFormatException e) {
        throw ServerException.badRequest("If-Match must be the version's ETag, such as \"3\"");
      }
    }
    if (body != null && body.has("revision") && body.get("revision").canConvertToInt()) {
      return body.get("revision").asInt();
    }
    throw new ServerException(
        ServerException.Kind.BAD_REQUEST,
        "say which revision you changed: send If-Match with the version's ETag, or \"revision\" in"
            + " the body");
  }

  /** Returns a whole-number query parameter, or the default when absent. */
  static Long longQuery(Context ctx, String name, Long absent) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw ServerException.badRequest(name + " must be a whole number, not '" + value + "'");
    }
  }

  /** Returns the version number in the path. */
  static int version(Context ctx) {
    long n = id(ctx, "version");
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw ServerException.notFound("versions are numbered from 1");
    }
    return (int) n;
  }

  /** Returns a whole-number path parameter. */
  static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw ServerException.notFound(name + " '" + ctx.pathParam(name) + "' is not a number");
    }
  }
}
