package org.icpengine.web.page;

import io.javalin.http.Context;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.version.ReportStore;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Web;

/**
 * A version's report.html, as the derive that made it wrote it, served as its own page. The report
 * is self-contained (inline style, inline SVG, no script), so it gets a policy of its own that
 * allows inline style and nothing else, in a sandbox.
 */
final class VersionReport {
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'; sandbox allow-same-origin";

  private VersionReport() {}

  static void show(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    int number = (int) Web.id(ctx, "version");
    Version v = s.versions().get(w, number);
    String html =
        s.database()
            .inTransaction(db -> ReportStore.get(db, v.id()))
            .orElseThrow(
                () ->
                    ServerException.notFound(
                        "version "
                            + number
                            + " has no report: reports are kept for versions derived on this"
                            + " server; derive from its dataset again, or run icp derive"));
    ctx.header("Content-Security-Policy", POLICY);
    ctx.html(html);
  }
}
