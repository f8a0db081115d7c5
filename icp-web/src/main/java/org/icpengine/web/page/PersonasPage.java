package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.personas.PersonaLift;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.personas.BuyerPersonas;
import org.icpengine.server.personas.WorkspacePersonas;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.PersonasView;

/**
 * The buyer personas: persona cards (who, role in the decision, pains and jobs, where to reach
 * them, first contact, each claim with its evidence), the committee table of a tier, the typical
 * won committee of tier A and the committee gaps of tier A and B accounts, under the published
 * version or another one the reader picks.
 */
public final class PersonasPage {
  private PersonasPage() {}

  /** Registers the page. */
  public static void register(Javalin app, Services s) {
    app.get("/w/{workspace}/personas", ctx -> show(ctx, s));
  }

  private static void show(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Buyer personas", "personas"));
    List<Integer> versions = s.versions().list(w).stream().map(Version::number).toList();
    model.put("versions", versions);
    try {
      WorkspacePersonas personas =
          s.personas().of(w, BuyerPersonas.version(ctx.queryParam("version")));
      model.put("personas", personas);
      model.put("view", new PersonasView(personas, tier(ctx.queryParam("tier"))));
      model.put("problem", "");
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.CONFLICT
          && e.kind() != ServerException.Kind.UNPROCESSABLE) {
        throw e;
      }
      model.put("personas", null);
      model.put("view", null);
      model.put("problem", e.getMessage());
    }
    Templates.render(ctx, "personas.jte", model);
  }

  private static String tier(String text) {
    if (text == null || text.isBlank()) {
      return PersonaLift.ALL_TIERS;
    }
    String tier = text.strip();
    if (!tier.equals(PersonaLift.ALL_TIERS) && !tier.matches("[A-D]")) {
      throw ServerException.badRequest("tier=" + text + " is not a tier: give all, A, B, C or D");
    }
    return tier;
  }
}
