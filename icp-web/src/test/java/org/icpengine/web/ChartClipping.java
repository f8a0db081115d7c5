package org.icpengine.web;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Finds chart labels a reader cannot read whole: every text of every SVG chart on the page
 * (report.html draws its charts as inline SVG, whose root clips what lies outside it) and every
 * ECharts canvas's labels are not reachable from the DOM, so this checks the SVG ones, measured by
 * the browser's own layout.
 */
final class ChartClipping {
  /** Returns one line per text lying (by more than half a pixel) outside its chart's box. */
  private static final String SCRIPT =
      "var out = [];"
          + "document.querySelectorAll('svg').forEach(function (svg, i) {"
          + "  var box = svg.getBoundingClientRect();"
          + "  svg.querySelectorAll('text').forEach(function (t) {"
          + "    var r = t.getBoundingClientRect();"
          + "    if (r.width === 0 && r.height === 0) { return; }"
          + "    if (r.left < box.left - 0.5 || r.right > box.right + 0.5"
          + "        || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {"
          + "      out.push('chart ' + i + ': \"' + t.textContent + '\" at ' + Math.round(r.left)"
          + "        + '–' + Math.round(r.right) + ' outside ' + Math.round(box.left) + '–'"
          + "        + Math.round(box.right));"
          + "    }"
          + "  });"
          + "});"
          + "return out;";

  private ChartClipping() {}

  /** Returns the clipped labels of the page open in the browser, empty when none is. */
  @SuppressWarnings("unchecked")
  static List<String> clipped(Browser browser) {
    return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(SCRIPT);
  }

  /** Returns how many SVG texts the page has, so a check of none cannot pass for a check of all. */
  static long labels(Browser browser) {
    return (Long)
        ((JavascriptExecutor) browser.driver)
            .executeScript("return document.querySelectorAll('svg text').length;");
  }
}
