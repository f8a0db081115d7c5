package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.icpengine.data.enrichment.ReviewPair;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.dataset.MatchDecision;
import org.icpengine.server.dataset.MatchReview;
import org.icpengine.server.dataset.ReviewedPair;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.workspace.Workspace;

/**
 * The review of a linked dataset's enrichment matches: the pairs in the review band with the
 * workspace's decisions, deciding one, and assembling the dataset's exports again with the
 * decisions.
 */
final class MatchReviewRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}/datasets/{id}";
  private static final int PAGE_SIZE = 50;
  private static final int MOST_PER_PAGE = 500;

  private MatchReviewRoutes() {}

  static void register(Javalin app, Services s) {
    app.get(BASE + "/match-review", ctx -> list(ctx, s));
    app.post(BASE + "/match-review", ctx -> decide(ctx, s));
    app.post(BASE + "/reassemble", ctx -> reassemble(ctx, s));
  }

  private static void list(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    long page = Calls.longQuery(ctx, "page", 1L);
    long size = Calls.longQuery(ctx, "page_size", (long) PAGE_SIZE);
    if (page < 1 || size < 1 || size > MOST_PER_PAGE) {
      throw ServerException.badRequest(
          "page starts at 1 and page_size is 1 to " + MOST_PER_PAGE + ": such as page=2");
    }
    MatchReview review = s.matchReviews().of(w, Calls.id(ctx, "id"));
    ObjectNode answer = progress(review);
    answer.put("page", page);
    answer.put("pages", review.pages((int) size));
    ArrayNode pairs = answer.putArray("pairs");
    review
        .page((int) Math.min(page, Integer.MAX_VALUE), (int) size)
        .forEach(p -> pairs.add(pair(p)));
    ctx.header("Cache-Control", "no-store").json(answer);
  }

  private static void decide(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    JsonNode body = Calls.body(ctx);
    MatchDecision asked =
        MatchDecision.asked(
            text(body, "source"),
            text(body, "row_name"),
            text(body, "row_domain"),
            text(body, "account_key"),
            text(body, "decision"));
    long id = Calls.id(ctx, "id");
    ReviewedPair decided = s.matchReviews().decide(w, id, asked, Calls.caller(ctx).actor());
    ObjectNode answer = progress(s.matchReviews().of(w, id));
    answer.set("pair", pair(decided));
    ctx.json(answer);
  }

  private static void reassemble(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    StoredDataset d =
        s.matchReviews().reassemble(w, Calls.id(ctx, "id"), Calls.caller(ctx).actor());
    ctx.status(201)
        .header("Location", "/api/v1/workspaces/" + w.name() + "/datasets/" + d.id())
        .json(Views.dataset(d, true));
  }

  private static String text(JsonNode body, String field) {
    JsonNode node = body.path(field);
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static ObjectNode progress(MatchReview review) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("dataset", review.datasetId());
    node.put("dataset_name", review.datasetName());
    node.put("total", review.pairs().size());
    node.put("reviewed", review.reviewed());
    node.put("waiting", review.count("waiting"));
    node.put("skipped", review.count("skipped"));
    node.put("accepted", review.count("accepted"));
    node.put("rejected", review.count("rejected"));
    return node;
  }

  private static ObjectNode pair(ReviewedPair reviewed) {
    ReviewPair p = reviewed.pair();
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("number", reviewed.number());
    node.put("status", reviewed.status());
    node.put("source", p.source());
    node.put("line", p.line());
    node.put("score", Math.round(p.score() * 1000) / 1000.0);
    node.put("band", p.band().word());
    node.put("reason", p.reason());
    node.putObject("row")
        .put("name", p.rowName())
        .put("domain", p.rowDomain())
        .put("country", p.rowCountry());
    node.putObject("account")
        .put("key", p.accountKey())
        .put("name", p.accountName())
        .put("domain", p.accountDomain())
        .put("country", p.accountCountry());
    node.put("row_name", p.rowName());
    node.put("row_domain", p.rowDomain());
    node.put("account_key", p.accountKey());
    if (reviewed.decision() != null) {
      node.put("decided_by", reviewed.decision().decidedBy());
      node.put("decided_at", reviewed.decision().decidedAt().toString());
    }
    return node;
  }
}
