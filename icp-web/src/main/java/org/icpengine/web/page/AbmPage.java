package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.abm.AbmList;
import org.icpengine.data.abm.AbmOptions;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.Secrets;
import org.icpengine.server.api.Services;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.funnel.Funnels;
import org.icpengine.server.funnel.WorkspaceFunnel;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.FunnelView;

/**
 * The ABM team page: a dataset of the workspace (a prospect or market file) ranked with the
 * published ICP and the funnel's tiers — fit tier, then the tier's expected CAC, then engagement,
 * then fit score — shown and downloadable for a CRM import (CSV, HubSpot, Salesforce).
 */
public final class AbmPage {
  private static final String BASE = "/w/{workspace}/abm";
  private static final int SHOWN = 50;

  private AbmPage() {}

  /** Registers the page and its download. */
  public static void register(Javalin app, Services s) {
    app.get(BASE, ctx -> show(ctx, s));
    app.get(BASE + "/download", ctx -> download(ctx, s));
  }

  private static void show(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    List<StoredDataset> datasets = s.datasets().list(w);
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "ABM target list", "team-abm"));
    model.put("datasets", datasets);
    int top = top(ctx);
    model.put("top", top);
    model.put("list", null);
    model.put("problem", "");
    Optional<StoredDataset> chosen = chosen(ctx, s, w, datasets);
    model.put("chosen", chosen.map(StoredDataset::id).orElse(-1L));
    model.put("fileName", chosen.map(StoredDataset::name).orElse(""));
    model.put("view", null);
    if (chosen.isEmpty()) {
      model.put("problem", "Upload a prospect or market file on the Data page to rank it.");
    } else {
      try {
        AbmOptions options =
            new AbmOptions(Math.min(top, SHOWN), OutputFormat.CSV, Optional.empty());
        model.put("list", s.funnels().abm(w, chosen.get(), options));
        WorkspaceFunnel funnel = s.funnels().of(w, CohortPeriod.QUARTER, Funnels.DEFAULT_SHIFT);
        model.put("view", new FunnelView(funnel.report(), "", "", "", funnel.columns()));
      } catch (ServerException e) {
        if (e.kind() != ServerException.Kind.CONFLICT
            && e.kind() != ServerException.Kind.UNPROCESSABLE) {
          throw e;
        }
        model.put("problem", e.getMessage());
      }
    }
    Templates.render(ctx, "abm.jte", model);
  }

  private static void download(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    StoredDataset dataset =
        chosen(ctx, s, w, s.datasets().list(w))
            .orElseThrow(() -> ServerException.notFound("no dataset to rank: upload one"));
    OutputFormat layout = layout(ctx.queryParam("format"));
    Path out =
        s.datasets().workFolder().resolve("abm-" + Secrets.random().substring(0, 16) + ".csv");
    try {
      AbmList list =
          s.funnels().abm(w, dataset, new AbmOptions(top(ctx), layout, Optional.of(out)));
      ctx.contentType("text/csv; charset=utf-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"abm-targets-" + layout.key() + ".csv\"")
          .header("X-ICP-Ranked", String.valueOf(list.ranked()));
      try (OutputStream stream = ctx.outputStream()) {
        Files.copy(out, stream);
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static Optional<StoredDataset> chosen(
      Context ctx, Services s, Workspace w, List<StoredDataset> datasets) {
    String id = ctx.queryParam("dataset");
    if (id == null || id.isBlank()) {
      return datasets.stream().findFirst();
    }
    try {
      return Optional.of(s.datasets().get(w, Long.parseLong(id.strip())));
    } catch (NumberFormatException e) {
      throw ServerException.badRequest("dataset must be a dataset's number, not '" + id + "'");
    }
  }

  private static int top(Context ctx) {
    String text = ctx.queryParam("top");
    if (text == null || text.isBlank()) {
      return AbmOptions.DEFAULT_TOP;
    }
    try {
      int top = Integer.parseInt(text.strip());
      if (top < 1 || top > 100_000) {
        throw new NumberFormatException();
      }
      return top;
    } catch (NumberFormatException e) {
      throw ServerException.badRequest("top must be a whole number from 1 to 100000, not " + text);
    }
  }

  private static OutputFormat layout(String format) {
    String key = format == null ? "csv" : format.strip().toLowerCase(Locale.ROOT);
    for (OutputFormat f :
        List.of(OutputFormat.CSV, OutputFormat.HUBSPOT, OutputFormat.SALESFORCE)) {
      if (f.key().equals(key)) {
        return f;
      }
    }
    throw ServerException.badRequest("format must be csv, hubspot or salesforce, not " + format);
  }
}
