package org.icpengine.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.dataset.MatchDecision;
import org.icpengine.server.dataset.MatchReview;
import org.icpengine.server.dataset.MatchReviews;
import org.icpengine.server.dataset.ReviewedPair;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;

/**
 * The review of a linked dataset's enrichment matches: the pairs in the review band, a page at a
 * time, waiting ones first, each with accept, reject and skip buttons (keys A, R and S), the
 * progress, and assembling the dataset again with the decisions.
 */
public final class ReviewPage {
  /** Pairs per page. */
  static final int PAGE_SIZE = 10;

  private static final String BASE = "/w/{workspace}/datasets/{id}";

  private ReviewPage() {}

  /** Registers the page and its forms. */
  public static void register(Javalin app, Services s) {
    app.get(BASE + "/review", ctx -> show(ctx, s));
    app.post(BASE + "/review", ctx -> decide(ctx, s));
    app.post(BASE + "/reassemble", ctx -> reassemble(ctx, s));
  }

  private static void show(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    MatchReview review = s.matchReviews().of(w, Web.id(ctx, "id"));
    int page = Math.min(page(ctx.queryParam("page")), review.pages(PAGE_SIZE));
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Review matches · " + review.datasetName(), "data"));
    model.put("review", review);
    model.put("pairs", review.page(page, PAGE_SIZE));
    model.put("page", page);
    model.put("pages", review.pages(PAGE_SIZE));
    model.put(
        "focus",
        review.page(page, PAGE_SIZE).stream()
            .filter(p -> p.status().equals("waiting"))
            .mapToInt(ReviewedPair::number)
            .findFirst()
            .orElse(-1));
    Templates.render(ctx, "review.jte", model);
  }

  private static void decide(Context ctx, Services s) throws Exception {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    long id = Web.id(ctx, "id");
    MatchDecision asked =
        MatchDecision.asked(
            ctx.formParam("source"),
            ctx.formParam("row_name"),
            ctx.formParam("row_domain"),
            ctx.formParam("account_key"),
            ctx.formParam("decision"));
    ReviewedPair pair = s.matchReviews().decide(w, id, asked, Web.caller(ctx, s).actor());
    MatchReview review = s.matchReviews().of(w, id);
    String notice =
        String.format(
            Locale.ROOT,
            "%s: %s. %,d of %,d reviewed.",
            capitalized(pair.status()),
            MatchReviews.describe(pair.pair()),
            review.reviewed(),
            review.pairs().size());
    int page = page(ctx.formParam("page"));
    Web.redirect(ctx, "/w/" + w.name() + "/datasets/" + id + "/review?page=" + page, notice);
  }

  private static void reassemble(Context ctx, Services s) throws Exception {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    StoredDataset d = s.matchReviews().reassemble(w, Web.id(ctx, "id"), Web.caller(ctx, s).actor());
    Web.redirect(
        ctx,
        "/w/" + w.name() + "/datasets/" + d.id(),
        String.format(
            Locale.ROOT,
            "Assembled %s again with the review decisions: %,d rows, a new dataset.",
            d.name(),
            d.rows()));
  }

  /**
   * Returns the dataset page's link text to the review: how many pairs wait, or empty when the
   * dataset has no enrichment files. The count is live once the review list was read, else the
   * count at the upload (reading it would link the exports on every dataset page view).
   */
  static String linkText(Services s, Workspace w, StoredDataset d, JsonNode profile) {
    JsonNode linked = profile.path("linked");
    if (linked.path("enrichment").isEmpty()) {
      return "";
    }
    Optional<MatchReview> known = s.matchReviews().known(w, d);
    if (known.isPresent()) {
      MatchReview r = known.get();
      return String.format(
          Locale.ROOT,
          "%,d of %,d pairs wait for review (%,d reviewed)",
          r.count("waiting") + r.count("skipped"),
          r.pairs().size(),
          r.reviewed());
    }
    return String.format(
        Locale.ROOT,
        "%,d pairs waited for review at the upload",
        linked.path("review_pairs").asLong());
  }

  private static int page(String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(text.strip());
      if (page >= 1) {
        return page;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ServerException.badRequest("page=" + text + " is not a page: give a whole number from 1");
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
