package org.icpengine.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.document.IcpFileException;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Web;

/**
 * Imports an icp.json written by {@code icp derive} as a new draft, from the versions page: the
 * same check as the API's import (it must be a model this version can score), audited as {@code
 * version.imported}.
 */
public final class VersionImport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LIMIT = 32L << 20;

  private VersionImport() {}

  /** Registers the form. */
  public static void register(Javalin app, Services s) {
    app.post("/w/{workspace}/versions/import", ctx -> upload(ctx, s));
  }

  private static void upload(Context ctx, Services s) throws IOException {
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    if (ctx.contentLength() > LIMIT) {
      throw new ServerException(
          ServerException.Kind.TOO_LARGE,
          "an icp.json is at most " + (LIMIT >> 20) + " MiB: is this the right file?");
    }
    Web.checkForm(ctx, s);
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.filename().isBlank()) {
      throw ServerException.badRequest("choose the icp.json file that icp derive wrote");
    }
    JsonNode icp;
    try (InputStream in = file.content()) {
      icp =
          IcpDocument.stored(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.filename())
              .whole();
    } catch (IcpFileException e) {
      throw new ServerException(
          ServerException.Kind.UNPROCESSABLE,
          e.getMessage() + ": choose the icp.json that icp derive wrote");
    }
    String notes = ctx.formParam("notes");
    Version v =
        s.versions()
            .importIcp(w, icp, notes == null ? "" : notes.strip(), Web.caller(ctx, s).actor());
    Web.redirect(
        ctx,
        "/w/" + w.name() + "/versions/" + v.number(),
        "Imported " + file.filename() + " as version " + v.number() + " (a draft).");
  }
}
