package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.Secrets;
import org.icpengine.server.api.Services;
import org.icpengine.server.scoring.ConfirmedMatches;
import org.icpengine.server.scoring.Published;
import org.icpengine.server.scoring.ScoredQuery;
import org.icpengine.server.scoring.ScoredRows;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;

/**
 * The score explorer: upload prospects, see them scored with the published version (tier, score,
 * reasons), filtered, sorted and paged over every row by the engine, download the filtered rows as
 * CSV or the whole file as a CRM import file.
 */
public final class ScorePages {
  private static final String BASE = "/w/{workspace}";

  /** The rows on one page of the explorer. */
  static final int SHOWN = ScoredQuery.PAGE_SIZE;

  private ScorePages() {}

  /** Registers the pages. */
  public static void register(Javalin app, Services s) {
    app.get(BASE + "/score", ctx -> form(ctx, s));
    app.post(BASE + "/score", ctx -> score(ctx, s));
    app.get(BASE + "/score/{upload}", ctx -> results(ctx, s));
    app.get(BASE + "/score/{upload}/download", ctx -> download(ctx, s));
    app.post(BASE + "/score/{upload}/matches", ctx -> confirm(ctx, s));
  }

  private static void form(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Score explorer", "score"));
    model.put("p", WorkspacePages.published(s, w));
    Templates.render(ctx, "score.jte", model);
  }

  private static void score(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    if (ctx.contentLength() > s.datasets().limitBytes()) {
      throw new ServerException(
          ServerException.Kind.TOO_LARGE,
          "the file is larger than the upload limit of "
              + s.datasets().limitBytes() / (1024 * 1024)
              + " MiB: split it");
    }
    Web.checkForm(ctx, s);
    s.published().of(w);
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.filename().isBlank()) {
      throw ServerException.badRequest("choose a file of prospects to score");
    }
    String name = file.filename().toLowerCase(Locale.ROOT);
    String extension =
        name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".parquet") ? "parquet" : "csv";
    String upload = Secrets.random().substring(0, 22).replace('-', 'x').replace('_', 'y');
    Path input = input(s, w, upload, extension);
    try (InputStream in = file.content()) {
      Files.copy(in, input);
    }
    Web.redirect(ctx, "/w/" + w.name() + "/score/" + upload, "");
  }

  private static void results(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    Path input = find(s, w, ctx.pathParam("upload"));
    Published published = s.published().of(w);
    Path output = s.datasets().workFolder().resolve(input.getFileName() + ".scored.csv");
    Map<String, String> asked = columnMap(ctx, published);
    Map<String, String> remembered = new ConfirmedMatches(s.database(), s.clock()).asMap(w);
    try {
      Map<String, Object> model = new HashMap<>();
      Map<String, String> columnMap = new java.util.LinkedHashMap<>();
      BatchScorer.Summary summary =
          s.engines()
              .run(
                  engine -> {
                    List<String> fileColumns =
                        new org.icpengine.data.source.SourceReader(engine)
                            .read(input, ReadOptions.defaults(), "explorer_columns")
                            .columns();
                    columnMap.putAll(
                        asked.isEmpty() ? prefill(remembered, fileColumns, published) : asked);
                    model.put("fileColumns", fileColumns);
                    BatchScorer.Summary done =
                        new BatchScorer(engine)
                            .score(
                                input,
                                ReadOptions.defaults(),
                                published.model(),
                                new BatchScorer.Output(output, OutputFormat.CSV, true, columnMap),
                                DatasetOptions.Progress.none());
                    model.put("t", ScoredRows.page(engine, output, explorerQuery(ctx)));
                    return done;
                  });
      s.metrics().scored("csv", summary.rows());
      model.put("frame", Web.frame(ctx, s, w, "Scored prospects", "score"));
      model.put("summary", summary);
      model.put("upload", ctx.pathParam("upload"));
      model.put("version", published.versionNumber());
      model.put("shown", SHOWN);
      model.put("columnMap", columnMap);
      model.put("prefilled", asked.isEmpty() && !columnMap.isEmpty());
      model.put("query", query(columnMap));
      model.put(
          "links",
          new org.icpengine.web.view.ExplorerLinks(
              "/w/" + w.name() + "/score/" + ctx.pathParam("upload"),
              query(columnMap),
              explorerQuery(ctx),
              (ScoredRows) model.get("t")));
      Templates.render(ctx, "scored.jte", model);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** The explorer's filter, sort and page from the query parameters. */
  static ScoredQuery explorerQuery(Context ctx) {
    String page = ctx.queryParam("page");
    int number;
    try {
      number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      throw ServerException.badRequest("page must be a whole number, not '" + page + "'");
    }
    return new ScoredQuery(
        ctx.queryParam("tier"),
        ctx.queryParam("q"),
        ctx.queryParam("sort"),
        "desc".equals(ctx.queryParam("dir")),
        number);
  }

  /**
   * The model columns the person matched to file columns, from query parameters {@code
   * map:MODEL=FILE} (the file's columns with other names, such as "Technologies" for "Tech Stack").
   */
  private static Map<String, String> columnMap(Context ctx, Published published) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().startsWith("map:")
          && !e.getValue().isEmpty()
          && !e.getValue().get(0).isBlank()) {
        String model = e.getKey().substring(4);
        if (published.model().columns().contains(model)) {
          map.put(model, e.getValue().get(0));
        }
      }
    }
    return map;
  }

  /** The matches as query parameters, so downloads score as the page did. */
  private static String query(Map<String, String> columnMap) {
    StringBuilder query = new StringBuilder();
    columnMap.forEach(
        (model, file) ->
            query
                .append("&")
                .append(java.net.URLEncoder.encode("map:" + model, StandardCharsets.UTF_8))
                .append("=")
                .append(java.net.URLEncoder.encode(file, StandardCharsets.UTF_8)));
    return query.toString();
  }

  /** The workspace's confirmed matches whose file column this file has. */
  private static Map<String, String> prefill(
      Map<String, String> remembered, List<String> fileColumns, Published published) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    remembered.forEach(
        (model, file) -> {
          if (fileColumns.contains(file) && published.model().columns().contains(model)) {
            map.put(model, file);
          }
        });
    return map;
  }

  /** Remembers the matches shown for the workspace, so later uploads are matched the same way. */
  private static void confirm(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    Published published = s.published().of(w);
    find(s, w, ctx.pathParam("upload"));
    Map<String, String> matches = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
      String model = e.getKey().startsWith("map:") ? e.getKey().substring(4) : null;
      if (model != null && published.model().columns().contains(model)) {
        e.getValue().stream()
            .filter(v -> !v.isBlank())
            .findFirst()
            .ifPresent(v -> matches.put(model, v));
      }
    }
    new ConfirmedMatches(s.database(), s.clock()).confirm(w, matches, Web.caller(ctx, s).actor());
    Web.redirect(
        ctx,
        "/w/" + w.name() + "/score/" + ctx.pathParam("upload"),
        "Remembered "
            + matches.size()
            + " column match"
            + (matches.size() == 1 ? "" : "es")
            + " for this workspace: later uploads are matched the same way.");
  }

  private static void download(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    Path input = find(s, w, ctx.pathParam("upload"));
    String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
    OutputFormat layout;
    try {
      layout = OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest("format must be csv, hubspot or salesforce");
    }
    if (layout == OutputFormat.PARQUET) {
      throw ServerException.badRequest("format must be csv, hubspot or salesforce");
    }
    Published published = s.published().of(w);
    Path output = s.datasets().workFolder().resolve(input.getFileName() + "." + format + ".csv");
    ScoredQuery filter = explorerQuery(ctx);
    boolean filtered = layout == OutputFormat.CSV && (filter.filters() || !filter.sort().isEmpty());
    Path scored = filtered ? output.resolveSibling(output.getFileName() + ".all.csv") : output;
    try {
      s.engines()
          .run(
              engine -> {
                new BatchScorer(engine)
                    .score(
                        input,
                        ReadOptions.defaults(),
                        published.model(),
                        new BatchScorer.Output(scored, layout, false, columnMap(ctx, published)),
                        DatasetOptions.Progress.none());
                if (filtered) {
                  ScoredRows.write(engine, scored, filter, output);
                }
                return null;
              });
      ctx.contentType("text/csv; charset=utf-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"prospects-scored-" + format + ".csv\"");
      try (OutputStream out = ctx.outputStream()) {
        Files.copy(output, out);
      }
    } finally {
      Files.deleteIfExists(output);
      Files.deleteIfExists(scored);
    }
  }

  private static Path input(Services s, Workspace w, String upload, String extension) {
    return s.datasets().workFolder().resolve("explorer-" + w.id() + "-" + upload + "." + extension);
  }

  private static Path find(Services s, Workspace w, String upload) {
    if (!upload.matches("[A-Za-z0-9]{22}")) {
      throw ServerException.notFound("no such scored file: upload it again");
    }
    for (String extension : List.of("csv", "xlsx", "parquet")) {
      Path candidate = input(s, w, upload, extension);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw ServerException.notFound(
        "no such scored file (uploads are kept until the server restarts): upload it again");
  }
}
