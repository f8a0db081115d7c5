package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * icp.json has one owner: only icp-model ({@code model.document.IcpDocument}) parses it. Every
 * other module's main sources are scanned for a Jackson parse ({@code readTree}, {@code readValue})
 * of something named icp (a version's {@code icp()}, an {@code icp} string or stream), and for a
 * parse in a class that also walks icp.json's own keys ({@code "fit_model"}, {@code
 * "format_version"}). Nor does any of them look a part of icp.json up by key on a JSON tree ({@code
 * .path("traits")}, {@code .get("fit_model")}, {@code .at("/evaluation/…")}): the parts are read
 * through IcpDocument's typed accessors ({@code traits()}, {@code evaluation()} …).
 */
class IcpJsonOwnershipTest {
  private static final Pattern PARSE_OF_ICP =
      Pattern.compile("read(?:Tree|Value)\\s*\\([^;]*\\bicp\\w*\\b", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("\\bread(?:Tree|Value)\\s*\\(");
  private static final Pattern ICP_KEYS = Pattern.compile("\"(?:fit_model|format_version)\"");
  private static final String PARTS =
      "fit_model|format_version|traits|segments|outcome_segments|excluded_columns|lift_ci"
          + "|economics|fit_score|evaluation|usability|usable|provenance|readable_points"
          + "|side_by_side";
  private static final Pattern PART_LOOKUP =
      Pattern.compile(
          "\\.(?:path|get|has|hasNonNull|required|findValue|findPath|remove|withObject|withArray)"
              + "\\(\\s*\"(?:"
              + PARTS
              + ")\"|\\.at\\(\\s*\"/(?:"
              + PARTS
              + ")\\b");

  @Test
  void onlyTheModelModuleParsesIcpJson() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path source : sources()) {
      String text = Files.readString(source);
      Matcher parseOfIcp = PARSE_OF_ICP.matcher(text);
      if (parseOfIcp.find()) {
        offenders.add(source + ": parses icp.json (" + firstLine(parseOfIcp.group()) + ")");
      } else if (PARSE.matcher(text).find() && ICP_KEYS.matcher(text).find()) {
        offenders.add(source + ": parses JSON and walks icp.json's keys");
      }
    }
    assertThat(offenders)
        .as("read icp.json through org.icpengine.model.document.IcpDocument")
        .isEmpty();
  }

  @Test
  void noOtherModuleLooksAPartOfIcpJsonUpByKey() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path source : sources()) {
      Matcher lookup = PART_LOOKUP.matcher(Files.readString(source));
      if (lookup.find()) {
        offenders.add(source + ": looks icp.json's " + lookup.group() + " up by key");
      }
    }
    assertThat(offenders)
        .as("read icp.json's parts through IcpDocument's typed accessors")
        .isEmpty();
  }

  @Test
  void theKeyScanCatchesALookupOfAPartButNotOfARequestField() {
    assertThat(PART_LOOKUP.matcher("root.path(\"traits\").forEach(").find()).isTrue();
    assertThat(PART_LOOKUP.matcher("root.get( \"fit_model\")").find()).isTrue();
    assertThat(PART_LOOKUP.matcher("json.at(\"/evaluation/fit_score/auc\")").find()).isTrue();
    assertThat(PART_LOOKUP.matcher("body.get(\"notes\")").find()).isFalse();
    assertThat(PART_LOOKUP.matcher("node.set(\"traits\", list)").find()).isFalse();
  }

  @Test
  void theScanSeesTheModulesAndCatchesAParse() {
    assertThat(sources()).anyMatch(p -> p.toString().contains("icp-server"));
    assertThat(PARSE_OF_ICP.matcher("JSON.readTree(version.icp());").find()).isTrue();
    assertThat(PARSE_OF_ICP.matcher("JSON.readTree(answer.body());").find()).isFalse();
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("").strip();
  }

  /** The main Java sources of every module but icp-model, from the repository root. */
  private static List<Path> sources() {
    Path root = Path.of("").toAbsolutePath().getParent();
    try (Stream<Path> modules = Files.list(root)) {
      List<Path> files = new ArrayList<>();
      for (Path module :
          modules
              .filter(m -> m.getFileName().toString().startsWith("icp-"))
              .filter(m -> !m.getFileName().toString().equals("icp-model"))
              .toList()) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> walk = Files.walk(main)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
