package org.icpengine.data.fit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.clean.Spellings;

/**
 * The column names that mean the same thing in Salesforce and HubSpot exports (company, account,
 * deal and opportunity properties), read from the table {@code column-synonyms.txt} beside this
 * class: one group of names per line, each name optionally tagged with the export that uses it.
 * Names are compared on {@link Spellings#key}.
 */
final class ColumnSynonyms {
  private static final String TABLE = "column-synonyms.txt";

  /** A name of a group: its key, and the export that uses it, or empty. */
  private record Name(int group, String source) {}

  private static final Map<String, Name> NAMES = load();

  private ColumnSynonyms() {}

  /**
   * Returns why {@code fileColumn} means {@code modelColumn} ("HubSpot synonym"), or empty when the
   * table does not make them synonyms. Names with the same key are not synonyms but one name.
   */
  static Optional<String> reason(String modelColumn, String fileColumn) {
    Name model = NAMES.get(Spellings.key(modelColumn));
    Name file = NAMES.get(Spellings.key(fileColumn));
    if (model == null || file == null || model.group() != file.group()) {
      return Optional.empty();
    }
    String source = !file.source().isEmpty() ? file.source() : model.source();
    return Optional.of(source.isEmpty() ? "synonym" : source + " synonym");
  }

  private static Map<String, Name> load() {
    Map<String, Name> names = new HashMap<>();
    try (InputStream in = ColumnSynonyms.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the classpath");
      }
      List<String> lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      int group = 0;
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        group++;
        for (String entry : line.split("\\|")) {
          add(names, entry.strip(), group);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(names);
  }

  private static void add(Map<String, Name> names, String entry, int group) {
    String source = "";
    String name = entry;
    int bracket = entry.indexOf('[');
    if (bracket >= 0 && entry.endsWith("]")) {
      source = entry.substring(bracket + 1, entry.length() - 1).strip();
      name = entry.substring(0, bracket).strip();
    }
    Name previous = names.putIfAbsent(Spellings.key(name), new Name(group, source));
    if (previous != null && previous.group() != group) {
      throw new IllegalStateException(TABLE + " names '" + name + "' in two places");
    }
  }
}
