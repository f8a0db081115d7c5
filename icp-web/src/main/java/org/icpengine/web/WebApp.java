package org.icpengine.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.icpengine.server.api.Extension;
import org.icpengine.server.api.Services;
import org.icpengine.web.page.AbmPage;
import org.icpengine.web.page.DataPages;
import org.icpengine.web.page.FunnelPage;
import org.icpengine.web.page.HealthPages;
import org.icpengine.web.page.KpiPages;
import org.icpengine.web.page.PasswordPage;
import org.icpengine.web.page.PersonasPage;
import org.icpengine.web.page.ReviewPage;
import org.icpengine.web.page.ScorePages;
import org.icpengine.web.page.SettingsPage;
import org.icpengine.web.page.SignInPages;
import org.icpengine.web.page.VersionImport;
import org.icpengine.web.page.VersionPages;
import org.icpengine.web.page.WayBack;
import org.icpengine.web.page.WorkspacePages;

/**
 * The web app on the ICP server: its pages, static files (its own CSS and script, and ECharts from
 * its webjar), and error pages for people.
 */
public final class WebApp implements Extension {
  private static final String ECHARTS = "/webjars/echarts/5.5.0/echarts.min.js";

  @Override
  public void register(Javalin app, Services services) {
    app.exception(
        Web.SignInFirst.class,
        (e, ctx) -> ctx.redirect("/login?next=" + encode(ctx.path()), HttpStatus.SEE_OTHER));
    app.exception(
        Web.ChangePasswordFirst.class,
        (e, ctx) ->
            ctx.redirect("/account/password?next=" + encode(ctx.path()), HttpStatus.SEE_OTHER));
    app.get("/static/echarts.min.js", ctx -> resource(ctx, "/META-INF/resources" + ECHARTS));
    app.get("/static/{file}", WebApp::asset);
    SignInPages.register(app, services);
    PasswordPage.register(app, services);
    WorkspacePages.register(app, services);
    HealthPages.register(app, services);
    SettingsPage.register(app, services);
    VersionImport.register(app, services);
    DataPages.register(app, services);
    ReviewPage.register(app, services);
    VersionPages.register(app, services);
    ScorePages.register(app, services);
    FunnelPage.register(app, services);
    AbmPage.register(app, services);
    PersonasPage.register(app, services);
    KpiPages.register(app, services);
  }

  @Override
  public boolean serves(String path) {
    return path.equals("/")
        || path.startsWith("/w/")
        || path.equals("/login")
        || path.equals("/logout")
        || path.startsWith("/account/")
        || path.startsWith("/static/");
  }

  @Override
  public void error(Context ctx, int status, String title, String detail) {
    ctx.status(status);
    Templates.render(
        ctx,
        "error.jte",
        Map.of(
            "status",
            status,
            "title",
            title,
            "detail",
            detail,
            "back",
            WayBack.of(ctx.method().name(), ctx.path(), detail == null ? "" : detail)));
  }

  private static void asset(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    if (!file.matches("[a-z-]+\\.(css|js)")) {
      ctx.status(404);
      return;
    }
    resource(ctx, "/web/" + file);
  }

  private static void resource(Context ctx, String path) throws IOException {
    try (InputStream in = WebApp.class.getResourceAsStream(path)) {
      if (in == null) {
        ctx.status(404).result("");
        return;
      }
      ctx.contentType(path.endsWith(".css") ? "text/css" : "text/javascript")
          .header("Cache-Control", "public, max-age=3600")
          .result(in.readAllBytes());
    }
  }

  private static String encode(String path) {
    return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }
}
