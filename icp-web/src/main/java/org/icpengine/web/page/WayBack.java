package org.icpengine.web.page;

import java.util.List;
import java.util.Map;

/**
 * Where an error page sends the user back to: the page the refused form was on, or the list above a
 * page that could not be shown; the start page outside a workspace or when the workspace itself is
 * out of reach. Browsers send no {@code Referer} here ({@code Referrer-Policy: no-referrer}), so it
 * is worked out from the request's own path.
 *
 * @param href a path on this site
 * @param label what the link says
 */
public record WayBack(String href, String label) {
  private static final WayBack START = new WayBack("/", "Back to the start page");

  /** The page each form posts from, by the first segments after the workspace. */
  private static final Map<String, String> FORM_PAGES =
      Map.of(
          "members", "settings",
          "tokens", "settings",
          "settings", "settings",
          "data", "data",
          "score", "score");

  /** The list above each kind of page, with its name. */
  private static final Map<String, List<String>> LISTS =
      Map.of(
          "versions", List.of("versions", "the versions"),
          "datasets", List.of("data", "the data page"),
          "jobs", List.of("data", "the data page"),
          "score", List.of("score", "the score explorer"),
          "teams", List.of("", "the dashboard"),
          "diff", List.of("versions", "the versions"));

  /** Returns the way back from a request that failed with the message. */
  public static WayBack of(String method, String path, String message) {
    if (path == null || !path.startsWith("/w/") || message.startsWith("no access to workspace")) {
      return START;
    }
    String[] parts = path.substring(3).split("/");
    if (parts.length == 1) {
      return START;
    }
    String base = "/w/" + parts[0];
    String first = parts[1];
    if (method.equals("POST")) {
      if (FORM_PAGES.containsKey(first)) {
        return page(base, FORM_PAGES.get(first));
      }
      if (parts.length >= 3 && (first.equals("versions") || first.equals("datasets"))) {
        String id = parts[2].equals("import") ? "" : "/" + parts[2];
        return new WayBack(base + "/" + first + id, "Back to the page you were on");
      }
    }
    if (parts.length == 2 && !LISTS.containsKey(first)) {
      return new WayBack(base, "Back to the dashboard");
    }
    List<String> list = LISTS.getOrDefault(first, List.of("", "the dashboard"));
    return new WayBack(
        list.get(0).isEmpty() ? base : base + "/" + list.get(0), "Back to " + list.get(1));
  }

  private static WayBack page(String base, String page) {
    return new WayBack(base + "/" + page, "Back to the " + page.replace("score", "score explorer"));
  }
}
