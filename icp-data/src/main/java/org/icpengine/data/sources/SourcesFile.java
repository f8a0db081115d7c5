package org.icpengine.data.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icpengine.data.InputException;
import org.icpengine.data.matching.MatchThresholds;
import org.icpengine.data.profile.ColumnNames;

/**
 * Reads {@code sources.yaml}, the description of a company's exports (see docs/sources.md); {@link
 * SourcesYaml} writes it.
 */
public final class SourcesFile {
  /** The word of an entry that is listed but not read. */
  public static final String IGNORE = "ignore";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> ENTRY_KEYS =
      Set.of("name", "file", "kind", "key", "columns", "note", "match", "precedence");
  private static final Set<String> MATCH_KEYS = Set.of("certain", "likely", "review", "margin");
  private static final Set<String> OPTION_KEYS =
      Set.of("as_of", "outcome_window_months", "gross_margin", "min_match");

  private SourcesFile() {}

  /**
   * Reads a {@code sources.yaml}.
   *
   * @throws InputException in one line when the file is missing, not YAML or says something
   *     unknown, with the closest known word
   */
  public static Sources read(Path file) {
    JsonNode root = tree(file);
    JsonNode list = root == null ? null : root.get("sources");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new InputException(
          file + " has no 'sources:' list: write one with icp sources init DIR (docs/sources.md)");
    }
    List<SourceEntry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      entries.add(entry(file, i, list.get(i)));
    }
    Path folder = file.toAbsolutePath().getParent();
    try {
      return new Sources(folder, entries, options(file, root.get("options")));
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode tree(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new InputException(
          file + " is not valid YAML" + where + ": fix it or write a new one with icp sources init",
          e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": check the path", e);
    }
  }

  private static SourceEntry entry(Path file, int index, JsonNode node) {
    String numbered = file.getFileName() + ", source " + (index + 1);
    if (node == null || !node.isObject()) {
      throw new InputException(numbered + " is not a mapping: see docs/sources.md");
    }
    checkKeys(numbered, node, ENTRY_KEYS);
    String path = text(node, "file").orElseThrow(() -> missing(numbered, "file"));
    String name = text(node, "name").orElse(stem(path));
    String where = file.getFileName() + ", source '" + name + "'";
    String kindWord = text(node, "kind").orElseThrow(() -> missing(where, "kind"));
    Optional<SourceKind> kind =
        kindWord.equalsIgnoreCase(IGNORE) ? Optional.empty() : kind(where, kindWord);
    try {
      return new SourceEntry(
          name,
          path,
          kind,
          text(node, "key"),
          roles(where, node.get("columns")),
          text(node, "note"),
          enrichment(where, kind, node));
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage(), e);
    }
  }

  private static Optional<EnrichmentSettings> enrichment(
      String where, Optional<SourceKind> kind, JsonNode node) {
    boolean enrichment = kind.filter(k -> k == SourceKind.ENRICHMENT).isPresent();
    if (!enrichment) {
      if (node.has("match") || node.has("precedence")) {
        throw new InputException(
            where + ": match: and precedence: belong to sources of kind enrichment only");
      }
      return Optional.empty();
    }
    EnrichmentSettings defaults = EnrichmentSettings.defaults();
    JsonNode match = node.get("match");
    MatchThresholds t = defaults.thresholds();
    if (match != null && !match.isNull()) {
      if (!match.isObject()) {
        throw new InputException(
            where + ": 'match:' maps certain, likely, review, margin to numbers");
      }
      checkKeys(where + ", match", match, MATCH_KEYS);
      try {
        t =
            new MatchThresholds(
                number(match, "certain", t.certain()),
                number(match, "likely", t.likely()),
                number(match, "review", t.review()),
                number(match, "margin", t.margin()));
      } catch (IllegalArgumentException e) {
        throw new InputException(where + ": " + e.getMessage(), e);
      }
    }
    try {
      EnrichmentSettings.Precedence precedence =
          text(node, "precedence")
              .map(EnrichmentSettings.Precedence::parse)
              .orElse(defaults.precedence());
      return Optional.of(new EnrichmentSettings(t, precedence));
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage(), e);
    }
  }

  private static double number(JsonNode node, String key, double fallback) {
    Optional<String> text = text(node, key);
    try {
      return text.map(Double::parseDouble).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "match " + key + " must be a number, not '" + text.orElse("") + "'", e);
    }
  }

  private static Optional<SourceKind> kind(String where, String word) {
    try {
      return Optional.of(SourceKind.parse(word));
    } catch (IllegalArgumentException e) {
      List<String> words =
          new ArrayList<>(Arrays.stream(SourceKind.values()).map(SourceKind::yamlName).toList());
      words.add(IGNORE);
      throw new InputException(
          where + ": unknown kind '" + word + "'" + suggestion(word, words, "kinds"), e);
    }
  }

  private static Map<SourceRole, String> roles(String where, JsonNode columns) {
    Map<SourceRole, String> roles = new LinkedHashMap<>();
    if (columns == null || columns.isNull()) {
      return roles;
    }
    if (!columns.isObject()) {
      throw new InputException(
          where + ": 'columns:' maps roles to column names, e.g. stage: StageName");
    }
    List<String> known = Arrays.stream(SourceRole.values()).map(SourceRole::canonicalName).toList();
    for (Map.Entry<String, JsonNode> field : columns.properties()) {
      SourceRole role =
          Arrays.stream(SourceRole.values())
              .filter(r -> r.canonicalName().equalsIgnoreCase(field.getKey().trim()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InputException(
                          where
                              + ": unknown role '"
                              + field.getKey()
                              + "'"
                              + suggestion(field.getKey(), known, "roles")));
      if (field.getValue() == null
          || !field.getValue().isValueNode()
          || field.getValue().isNull()) {
        throw new InputException(where + ": role '" + field.getKey() + "' needs a column name");
      }
      roles.put(role, field.getValue().asText());
    }
    return roles;
  }

  private static SourcesOptions options(Path file, JsonNode node) {
    SourcesOptions defaults = SourcesOptions.defaults();
    if (node == null || node.isNull()) {
      return defaults;
    }
    String where = file.getFileName() + ", options";
    if (!node.isObject()) {
      throw new InputException(where + " is not a mapping: see docs/sources.md");
    }
    checkKeys(where, node, OPTION_KEYS);
    try {
      return new SourcesOptions(
          text(node, "as_of").map(SourcesFile::date),
          text(node, "outcome_window_months")
              .map(Integer::parseInt)
              .orElse(defaults.outcomeWindowMonths()),
          text(node, "gross_margin")
              .map(t -> OptionalDouble.of(Double.parseDouble(t)))
              .orElse(OptionalDouble.empty()),
          text(node, "min_match").map(Double::parseDouble).orElse(defaults.minMatch()));
    } catch (NumberFormatException e) {
      throw new InputException(where + ": a number is not readable (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage(), e);
    }
  }

  /** Parses an ISO date ({@code 2024-06-30}) given in options or on the command line. */
  public static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "as_of must be a date written 2024-06-30, not '" + text + "'", e);
    }
  }

  private static void checkKeys(String where, JsonNode node, Set<String> known) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        throw new InputException(
            where
                + ": unknown key '"
                + field.getKey()
                + "'"
                + suggestion(field.getKey(), known.stream().sorted().toList(), "keys"));
      }
    }
  }

  private static String suggestion(String word, List<String> known, String what) {
    String close = ColumnNames.suggestion(word, known);
    return close + ": the " + what + " are " + String.join(", ", known);
  }

  private static InputException missing(String where, String key) {
    return new InputException(where + " has no '" + key + ":' (see docs/sources.md)");
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText().trim());
  }

  /** Returns a file name without folder and extension: the default name of its entry. */
  static String stem(String path) {
    String name = Path.of(path).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
