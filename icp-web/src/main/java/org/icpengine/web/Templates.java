package org.icpengine.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the precompiled jte templates; every value is HTML-escaped unless a template says not.
 */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Renders a template with its parameters as the answer. */
  public static void render(Context ctx, String template, Map<String, Object> parameters) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, parameters, out);
    ctx.contentType("text/html; charset=utf-8")
        .result(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
