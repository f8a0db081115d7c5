package org.icpengine.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * More routes on the same server — the web app registers its pages this way, so the server does not
 * depend on it.
 */
public interface Extension {
  /** Registers the extension's routes and handlers. */
  void register(Javalin app, Services services);

  /** Returns whether the extension serves the path (its own security headers and error pages). */
  boolean serves(String path);

  /**
   * Answers an error on one of the extension's paths, for a person rather than a program.
   *
   * @param status the HTTP status
   * @param title the problem's title
   * @param detail what is wrong and what to do
   */
  void error(Context ctx, int status, String title, String detail);
}
