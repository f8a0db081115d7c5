package org.icpengine.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.version.DraftEdit;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Web;
import org.icpengine.web.view.DraftForm;
import org.icpengine.web.view.IcpView;
import org.icpengine.web.view.ModelColumns;

/**
 * A draft's edits from the version page — tier thresholds and notes, a disqualifier rule, pinning
 * or removing a trait. What the form can check (whole numbers from 1 to 100 that descend, a column
 * of the model, a value) is checked here and refused next to the field; what only the model can
 * check is refused by the server's edit and shown next to the form. Either way the page comes back
 * with what was typed; nothing ends on an error page but a conflict with someone else's change.
 */
final class DraftEdits {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TIERS = List.of("tier_a", "tier_b", "tier_c");

  private DraftEdits() {}

  static void edit(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    int number = (int) Web.id(ctx, "version");
    Version v = s.versions().get(w, number);
    String form =
        ctx.formParam("tier_a") != null
            ? "tiers"
            : ctx.formParam("dq_column") != null ? "disqualifier" : "trait";
    Map<String, String> kept = kept(ctx);
    try {
      ObjectNode body = body(ctx, v, kept);
      int revision = (int) VersionPages.whole(ctx, "revision");
      s.versions().edit(w, number, revision, DraftEdit.of(body), Web.caller(ctx, s).actor());
    } catch (Refused e) {
      refuse(ctx, s, w, number, new DraftForm(form, e.field, e.getMessage(), kept));
      return;
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.BAD_REQUEST
          && e.kind() != ServerException.Kind.UNPROCESSABLE) {
        throw e;
      }
      refuse(ctx, s, w, number, new DraftForm(form, form, e.getMessage(), kept));
      return;
    }
    Web.redirect(ctx, "/w/" + w.name() + "/versions/" + number, "Saved the draft.");
  }

  private static void refuse(Context ctx, Services s, Workspace w, int number, DraftForm form) {
    ctx.status(422);
    VersionPages.show(ctx, s, w, number, form);
  }

  /** A form field's value the form itself refuses, with the field it belongs to. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    Refused(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  private static Map<String, String> kept(Context ctx) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String field :
        List.of("tier_a", "tier_b", "tier_c", "notes", "dq_column", "dq_value", "dq_reason")) {
      String value = ctx.formParam(field);
      if (value != null) {
        kept.put(field, value);
      }
    }
    return kept;
  }

  private static ObjectNode body(Context ctx, Version v, Map<String, String> kept) {
    ObjectNode body = JSON.createObjectNode();
    if (kept.containsKey("notes")) {
      body.put("notes", kept.get("notes"));
    }
    if (kept.containsKey("tier_a")) {
      int[] tiers = tiers(kept);
      body.putObject("tiers").put("A", tiers[0]).put("B", tiers[1]).put("C", tiers[2]);
    }
    String remove = ctx.formParam("remove_trait");
    if (remove != null) {
      body.putArray("remove_traits").add(remove);
    }
    String pin = ctx.formParam("pin_trait");
    if (pin != null) {
      body.putArray("pin_traits").add(pin);
    }
    if (kept.containsKey("dq_column")) {
      body.set("disqualifiers", disqualifiers(v, kept));
    }
    return body;
  }

  /** Reads the three thresholds: whole numbers from 1 to 100, A above B above C. */
  static int[] tiers(Map<String, String> kept) {
    int[] values = new int[3];
    for (int i = 0; i < 3; i++) {
      String field = TIERS.get(i);
      String name = "tier " + (char) ('A' + i);
      String text = kept.getOrDefault(field, "").strip();
      try {
        values[i] = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new Refused(
            field, name + " must be a whole number from 1 to 100, not '" + text + "'");
      }
      if (values[i] < 1 || values[i] > 100) {
        throw new Refused(field, name + " must be from 1 to 100, not " + values[i]);
      }
      if (i > 0 && values[i] >= values[i - 1]) {
        throw new Refused(
            field,
            name
                + " ("
                + values[i]
                + ") must be below tier "
                + (char) ('A' + i - 1)
                + " ("
                + values[i - 1]
                + "): a tier starts at a lower score than the one above it");
      }
    }
    return values;
  }

  private static ArrayNode disqualifiers(Version v, Map<String, String> kept) {
    String column = kept.get("dq_column").strip();
    String value = kept.getOrDefault("dq_value", "").strip();
    ModelColumns columns = ModelColumns.of(v.icp());
    if (!columns.names().contains(column)) {
      throw new Refused(
          "dq_column",
          column.isEmpty()
              ? "choose the column the rule looks at"
              : "the model has no column '" + column + "' with values: choose one from the list");
    }
    if (!columns.has(column, value)) {
      throw new Refused(
          "dq_value",
          value.isEmpty()
              ? "choose the value that disqualifies an account"
              : column + " has no value '" + value + "' in the model: choose one of its values");
    }
    ArrayNode rules = JSON.createArrayNode();
    for (IcpView.Disqualifier d : IcpView.of(v.icp()).disqualifiers()) {
      rules.addObject().put("column", d.column()).put("value", d.value()).put("reason", d.reason());
    }
    String reason = kept.getOrDefault("dq_reason", "").strip();
    rules
        .addObject()
        .put("column", column)
        .put("value", value)
        .put("reason", reason.isEmpty() ? column + " is " + value : reason);
    return rules;
  }
}
