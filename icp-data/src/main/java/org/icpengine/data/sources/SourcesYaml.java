package org.icpengine.data.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.icpengine.data.AtomicFiles;

/** Writes a {@code sources.yaml} for the user to correct, with comments saying what to check. */
public final class SourcesYaml {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SourcesYaml() {}

  /** Writes the sources atomically to the target. */
  public static void write(Path target, Sources sources, String about) throws IOException {
    AtomicFiles.write(target, text(sources, about).getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the YAML text of the sources, with a header of comments. */
  public static String text(Sources sources, String about) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# ICP Engine sources for ")
        .append(about)
        .append("\n# Written by `icp sources init`. Correct what is wrong, then run\n")
        .append("#   icp assemble sources.yaml --out accounts.parquet\n")
        .append("# kind: ")
        .append(
            String.join(
                " | ", Arrays.stream(SourceKind.values()).map(SourceKind::yamlName).toList()))
        .append(" | ignore\n")
        .append("# key: the column holding the account key (accounts: their own key;\n")
        .append("#   the others: the accounts' key; left out: linked by domain, then name)\n")
        .append("# columns: role: column name (the roles of each kind: docs/sources.md)\n");
    options(yaml, sources.options());
    yaml.append("sources:\n");
    for (SourceEntry entry : sources.entries()) {
      entry(yaml, entry);
    }
    return yaml.toString();
  }

  private static void options(StringBuilder yaml, SourcesOptions options) {
    yaml.append("options:\n");
    yaml.append(
        "  # as_of: 2024-06-30   (default: the latest date in the data minus the window)\n");
    options.asOf().ifPresent(d -> yaml.append("  as_of: ").append(d).append('\n'));
    yaml.append("  outcome_window_months: ").append(options.outcomeWindowMonths()).append('\n');
    if (options.grossMargin().isPresent()) {
      yaml.append("  gross_margin: ").append(options.grossMargin().getAsDouble()).append('\n');
    } else {
      yaml.append("  # gross_margin: 0.7   (projects LTV when given)\n");
    }
    yaml.append("  min_match: ").append(options.minMatch()).append('\n');
  }

  private static void entry(StringBuilder yaml, SourceEntry entry) {
    yaml.append("  - name: ").append(quoted(entry.name())).append('\n');
    yaml.append("    file: ").append(quoted(entry.file())).append('\n');
    yaml.append("    kind: ")
        .append(entry.kind().map(SourceKind::yamlName).orElse(SourcesFile.IGNORE))
        .append('\n');
    entry
        .note()
        .ifPresent(n -> yaml.append("    # ").append(n.replaceAll("\\R", " ")).append('\n'));
    entry.key().ifPresent(k -> yaml.append("    key: ").append(quoted(k)).append('\n'));
    if (!entry.columns().isEmpty()) {
      yaml.append("    columns:\n");
      for (Map.Entry<SourceRole, String> column : entry.columns().entrySet()) {
        yaml.append("      ")
            .append(column.getKey().canonicalName())
            .append(": ")
            .append(quoted(column.getValue()))
            .append('\n');
      }
    }
  }

  private static String quoted(String value) {
    if (value.matches("[A-Za-z_][A-Za-z0-9_ .()/-]*")
        && !value.endsWith(" ")
        && !value.matches("(?i)true|false|yes|no|on|off|null|y|n")) {
      return value;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot quote a string", e);
    }
  }
}
