package org.icpengine.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.job.DeriveRequest;
import org.icpengine.server.job.IdealCheck;
import org.icpengine.server.job.IdealChecks;
import org.icpengine.server.job.Job;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Web;
import org.icpengine.web.view.IdealForm;

/**
 * Deriving from a dataset's page with the ideal builder: the outcomes picked or the definition
 * typed are checked over the dataset before the derive is queued (the count the page showed live,
 * through the API's count route), and a definition that is invalid, or marks no account or every
 * account, comes back on the same page (422) next to its field with everything typed kept.
 */
final class IdealBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IdealBuilder() {}

  static void derive(Context ctx, Services s) throws Exception {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    long id = Web.id(ctx, "id");
    IdealForm form = form(ctx);
    boolean typed = !form.ideal().isBlank();
    IdealCheck check;
    try {
      String preset = typed ? "" : form.preset();
      check = new IdealChecks(s.datasets(), s.engines()).check(w, id, preset, form.ideal());
    } catch (IllegalArgumentException e) {
      refuse(ctx, s, w, id, form.refused("outcomes", e.getMessage()));
      return;
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.UNPROCESSABLE) {
        throw e;
      }
      refuse(ctx, s, w, id, form.refused(typed ? "ideal" : "outcomes", e.getMessage()));
      return;
    }
    if (!check.problem().isEmpty()) {
      refuse(ctx, s, w, id, form.refused(typed ? "ideal" : "outcomes", check.problem()));
      return;
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("dataset", id);
    if (!check.expression().isEmpty()) {
      body.put("ideal", check.expression());
    }
    Job job = s.jobs().start(w, DeriveRequest.of(body), Web.caller(ctx, s).actor());
    s.metrics().jobStarted();
    Web.redirect(ctx, "/w/" + w.name() + "/jobs/" + job.id(), "");
  }

  private static void refuse(Context ctx, Services s, Workspace w, long id, IdealForm form)
      throws Exception {
    ctx.status(422);
    DataPages.show(ctx, s, w, id, form);
  }

  private static IdealForm form(Context ctx) {
    Set<String> picked = new LinkedHashSet<>(ctx.formParams("outcome"));
    picked.retainAll(IdealForm.OUTCOMES);
    return new IdealForm(
        picked,
        value(ctx, "ltv_top"),
        value(ctx, "nrr"),
        value(ctx, "ltv_cac"),
        value(ctx, "ideal").strip(),
        "",
        "");
  }

  private static String value(Context ctx, String field) {
    String value = ctx.formParam(field);
    return value == null ? "" : value;
  }
}
