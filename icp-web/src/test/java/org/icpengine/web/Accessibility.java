package org.icpengine.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs axe-core (the engine the axe browser extensions use, from Deque's Maven artifact) in the
 * page the browser shows, and returns its serious and critical violations as lines of text: the
 * rule, its impact, what it asks for and where.
 */
final class Accessibility {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AXE = load();

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {resultTypes: ['violations']})"
          + ".then(r => done(JSON.stringify(r.violations"
          + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
          + ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
          + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))"
          + ".catch(e => done('ERROR ' + e));";

  private Accessibility() {}

  /** Returns the page's serious and critical violations, one line each; empty when none. */
  static List<String> seriousViolations(Browser browser) {
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object loaded = browser.driver.executeScript("return typeof window.axe;");
    if (!"object".equals(loaded)) {
      browser.driver.executeScript(AXE);
    }
    String answer = String.valueOf(browser.driver.executeAsyncScript(RUN));
    if (answer.startsWith("ERROR")) {
      throw new AssertionError("axe-core could not run: " + answer);
    }
    List<String> lines = new ArrayList<>();
    try {
      for (JsonNode v : JSON.readTree(answer)) {
        lines.add(
            v.path("impact").asText()
                + " "
                + v.path("id").asText()
                + ": "
                + v.path("help").asText()
                + " at "
                + v.path("nodes"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is missing from the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
