package org.icpengine.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.ColumnMatch;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.Secrets;
import org.icpengine.server.scoring.ConfirmedMatch;
import org.icpengine.server.scoring.ConfirmedMatches;
import org.icpengine.server.scoring.Published;
import org.icpengine.server.workspace.Workspace;

/**
 * Scoring with the published version: one account, a JSON array streamed in and out, or a CSV file
 * scored by the engine exactly as {@code icp score} does and streamed back.
 */
final class ScoreRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}";
  static final String VERSION_HEADER = "X-ICP-Version";

  private ScoreRoutes() {}

  static void register(Javalin app, Services s) {
    app.post(BASE + "/score", ctx -> one(ctx, s));
    app.post(BASE + "/score/batch", ctx -> batch(ctx, s));
    app.get(BASE + "/column-matches", ctx -> columnMatches(ctx, s));
  }

  private static void columnMatches(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    com.fasterxml.jackson.databind.node.ArrayNode list = Calls.JSON.createArrayNode();
    for (ConfirmedMatch m : new ConfirmedMatches(s.database(), s.clock()).list(w)) {
      list.addObject()
          .put("column", m.modelColumn())
          .put("file_column", m.fileColumn())
          .put("confirmed_by", m.confirmedBy())
          .put("confirmed_at", m.confirmedAt().toString());
    }
    ctx.json(list);
  }

  private static void one(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    Published published = s.published().of(w);
    JsonNode body = Calls.body(ctx);
    Published.Matched scored = published.score(attributes(body.get("attributes")));
    s.metrics().scored("single", 1);
    // written as bytes straight to the response: no intermediate string or copy
    byte[] answer = Calls.JSON.writeValueAsBytes(view(scored, published));
    ctx.header(VERSION_HEADER, String.valueOf(published.versionNumber()))
        .contentType("application/json")
        .header("Content-Length", String.valueOf(answer.length));
    ctx.outputStream().write(answer);
  }

  private static void batch(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    Published published = s.published().of(w);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) {
      ctx.header(VERSION_HEADER, String.valueOf(published.versionNumber()));
      json(ctx, s, published);
    } else if (type.startsWith("text/csv") || type.startsWith("application/octet-stream")) {
      ctx.header(VERSION_HEADER, String.valueOf(published.versionNumber()));
      csv(ctx, s, published);
    } else {
      throw new ServerException(
          ServerException.Kind.BAD_REQUEST,
          "send a JSON array (Content-Type: application/json) or a CSV file (Content-Type:"
              + " text/csv)");
    }
  }

  /**
   * Reads the array one account at a time and writes each answer as it is made, so memory stays
   * flat whatever the batch's size. An item that is not an account gets an {@code error} in its
   * place; a body that stops being JSON part-way ends the array with one last item saying so, so
   * the answer is always a valid JSON array.
   */
  private static void json(Context ctx, Services s, Published published) throws Exception {
    java.io.InputStream body = new LimitedInput(ctx.bodyInputStream(), s.datasets().limitBytes());
    JsonParser parser = Calls.JSON.getFactory().createParser(body);
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw ServerException.badRequest(
          "the body must be a JSON array of {\"id\": …, \"attributes\": {…}}");
    }
    ctx.contentType("application/json");
    long count = 0;
    try (OutputStream out = ctx.outputStream();
        JsonGenerator json = Calls.JSON.getFactory().createGenerator(out)) {
      json.writeStartArray();
      try {
        for (JsonToken token = parser.nextToken();
            token != JsonToken.END_ARRAY;
            token = parser.nextToken()) {
          if (token == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                parser, "the array is not closed");
          }
          JsonNode item = Calls.JSON.readTree(parser);
          writeOne(json, item, published);
          count++;
        }
      } catch (ServerException e) {
        json.writeStartObject();
        json.writeStringField("error", e.getMessage() + "; the rest was not read");
        json.writeEndObject();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        json.writeStartObject();
        json.writeStringField(
            "error",
            "the body stops being valid JSON at line "
                + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                + ": the "
                + count
                + " answers before this are complete; the rest was not read");
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    s.metrics().scored("json", count);
  }

  private static void writeOne(JsonGenerator json, JsonNode item, Published published)
      throws java.io.IOException {
    json.writeStartObject();
    if (item.isObject() && item.has("id")) {
      json.writeFieldName("id");
      Calls.JSON.writeTree(json, item.get("id"));
    }
    try {
      if (!item.isObject()) {
        throw ServerException.badRequest(
            "an item must be {\"id\": …, \"attributes\": {…}}, not " + item.getNodeType());
      }
      Published.Matched scored = published.score(attributes(item.get("attributes")));
      json.writeFieldName("result");
      Calls.JSON.writeTree(json, view(scored, published));
    } catch (ServerException e) {
      json.writeStringField("error", e.getMessage());
    }
    json.writeEndObject();
  }

  /** The score answer, with the keys matched to a model column under another name. */
  private static com.fasterxml.jackson.databind.node.ObjectNode view(
      Published.Matched scored, Published published) {
    com.fasterxml.jackson.databind.node.ObjectNode node =
        Views.score(scored.score(), published.versionNumber());
    com.fasterxml.jackson.databind.node.ArrayNode matched = node.putArray("matched");
    for (ColumnMatch match : scored.matches()) {
      if (match.renamed()) {
        matched
            .addObject()
            .put("column", match.modelColumn())
            .put("key", match.fileColumn())
            .put("kind", match.kind().name().toLowerCase(Locale.ROOT))
            .put("reason", match.reason());
      }
    }
    return node;
  }

  private static void csv(Context ctx, Services s, Published published) throws Exception {
    String name = Secrets.random().substring(0, 16);
    Path work = s.datasets().workFolder();
    Path input = work.resolve(name + ".csv");
    Path output = work.resolve(name + "-scored.csv");
    try {
      long limit = s.datasets().limitBytes();
      try (OutputStream out = Files.newOutputStream(input)) {
        long size = ctx.bodyInputStream().transferTo(new LimitedOutput(out, limit));
        if (size == 0) {
          throw new ServerException(
              ServerException.Kind.UNPROCESSABLE, "the CSV is empty: send the file as the body");
        }
      }
      BatchScorer.Summary summary =
          s.engines()
              .run(
                  engine ->
                      new BatchScorer(engine)
                          .score(
                              input,
                              ReadOptions.defaults(),
                              published.model(),
                              new BatchScorer.Output(output, OutputFormat.CSV, false),
                              DatasetOptions.Progress.none()));
      s.metrics().scored("csv", summary.rows());
      ctx.contentType("text/csv; charset=utf-8")
          .header("X-ICP-Rows", String.valueOf(summary.rows()))
          .header("X-ICP-Unscored", String.valueOf(summary.unscored()));
      if (!summary.missingColumns().isEmpty()) {
        ctx.header("X-ICP-Missing-Columns", String.join(", ", summary.missingColumns()));
      }
      List<String> matched =
          summary.matches().stream()
              .filter(ColumnMatch::renamed)
              .map(m -> m.modelColumn() + "=" + m.fileColumn() + " (" + m.reason() + ")")
              .toList();
      if (!matched.isEmpty()) {
        ctx.header("X-ICP-Matched-Columns", String.join("; ", matched));
      }
      try (OutputStream out = ctx.outputStream()) {
        Files.copy(output, out);
      }
    } finally {
      Files.deleteIfExists(input);
      Files.deleteIfExists(output);
    }
  }

  /** Turns a JSON object of attributes into the scorer's values. */
  static Map<String, Object> attributes(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw ServerException.badRequest(
          "give the account as {\"attributes\": {\"Industry\": \"Fintech\", …}}");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    node.properties().forEach(e -> values.put(e.getKey(), value(e.getKey(), e.getValue())));
    return values;
  }

  private static Object value(String key, JsonNode v) {
    if (v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return v.numberValue();
    }
    if (v.isArray()) {
      List<Object> items = new ArrayList<>();
      v.forEach(item -> items.add(value(key, item)));
      return items;
    }
    throw ServerException.badRequest(
        "attribute '" + key + "' is an object: give text, a number, true/false or a list");
  }

  /** Stops reading a body at the limit. */
  private static final class LimitedInput extends java.io.FilterInputStream {
    private final long limit;
    private long read;

    LimitedInput(java.io.InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new ServerException(
            ServerException.Kind.TOO_LARGE,
            "the batch is larger than the limit of "
                + limit / (1024 * 1024)
                + " MiB: send it in parts, or start the server with a larger --upload-limit");
      }
    }
  }

  /** Stops a body at the limit. */
  private static final class LimitedOutput extends java.io.FilterOutputStream {
    private final long limit;
    private long written;

    LimitedOutput(OutputStream out, long limit) {
      super(out);
      this.limit = limit;
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      written += len;
      if (written > limit) {
        throw new ServerException(
            ServerException.Kind.TOO_LARGE,
            "the CSV is larger than the limit of "
                + limit / (1024 * 1024)
                + " MiB: split it, or start the server with a larger --upload-limit");
      }
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws java.io.IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }
}
