package org.icpengine.data.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;

/** Reads and writes mapping files: YAML that says what each column means. */
public final class MappingFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private MappingFile() {}

  /**
   * Reads a mapping file.
   *
   * @throws InputException when the file is missing, not YAML or says something unknown
   */
  public static Mapping read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new InputException(
          "mapping file "
              + file
              + " is not valid YAML"
              + where
              + ": fix it or write a new one"
              + " with icp profile FILE --write-mapping "
              + file.getFileName(),
          e);
    } catch (IOException e) {
      throw new InputException("cannot read mapping file " + file + ": check the path", e);
    }
    JsonNode columns = root == null ? null : root.get("columns");
    if (columns == null || !columns.isObject()) {
      throw new InputException(
          "mapping file " + file + " has no 'columns:' section: see docs/mapping.md");
    }
    Map<String, ColumnOverride> overrides = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : columns.properties()) {
      overrides.put(field.getKey(), override(file, field.getKey(), field.getValue()));
    }
    return new Mapping(overrides);
  }

  private static ColumnOverride override(Path file, String column, JsonNode node) {
    try {
      return new ColumnOverride(
          text(node, "role").map(ColumnRole::parse),
          text(node, "category").map(AttributeCategory::parse),
          text(node, "outcome").map(OutcomeKind::parse),
          text(node, "type").map(ValueType::parse),
          text(node, "leaky").map(MappingFile::bool));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "mapping file " + file + ", column '" + column + "': " + e.getMessage(), e);
    }
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node == null ? null : node.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static boolean bool(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
      return true;
    }
    if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) {
      return false;
    }
    throw new IllegalArgumentException("leaky must be true or false, not '" + text + "'");
  }

  /** Writes the meanings of a file's columns as a mapping file to edit. */
  public static void write(
      Path target, String source, List<Map.Entry<String, ColumnMeaning>> meanings)
      throws IOException {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# ICP Engine column mapping for ")
        .append(source)
        .append('\n')
        .append("# Written by `icp profile --write-mapping`. Correct what is wrong, then pass it\n")
        .append("# back with --mapping FILE. A column or key left out is inferred again.\n")
        .append("# role: identifier | company_name | domain | attribute | outcome | ignored\n")
        .append("# category (attributes): firmographic | technographic | psychographic |")
        .append(" job-to-be-done | behavioural\n")
        .append("# outcome (outcomes): ltv | revenue | nrr | cac | churned | won | deal_value |")
        .append(" date | other\n")
        .append("# type: number | boolean | date | category | country | set | domain | text\n")
        .append("# leaky: true marks a column filled in after the outcome (never a trait)\n")
        .append("columns:\n");
    for (Map.Entry<String, ColumnMeaning> entry : meanings) {
      ColumnMeaning meaning = entry.getValue();
      yaml.append("  ").append(JSON.writeValueAsString(entry.getKey())).append(":\n");
      line(yaml, "role", meaning.role().key());
      meaning.category().ifPresent(c -> line(yaml, "category", c.label()));
      meaning.outcome().ifPresent(o -> line(yaml, "outcome", o.key()));
      line(yaml, "type", meaning.type().key());
      if (meaning.leaky()) {
        line(yaml, "leaky", "true");
      }
    }
    AtomicFiles.write(target, yaml.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void line(StringBuilder yaml, String key, String value) {
    yaml.append("    ").append(key).append(": ").append(value).append('\n');
  }
}
