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
import org.icpengine.model.clean.Spellings;

/**
 * The column names that mean the same thing in Salesforce and HubSpot exports (company, account,
 * deal and opportunity properties), read from the table {@code column-synonyms.txt} beside this
 * class: one group of names per line, each name optionally tagged with the export that uses it.
 * Names are compared on {@link Spellings#key}.
 */
public final class ColumnSynonyms {
  private static final String TABLE = "column-synonyms.txt";

  /** A name of a group: its group, the export that uses it or empty, and its spelling. */
  private record Name(int group, String source, String spelling) {}

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

  /**
   * Returns the column's name as a CRM shows it to people: the table's spelling of the same name
   * when it has one ("NumberOfEmployees" → "Number of Employees", a HubSpot label), else the API
   * style name split into words ("AnnualRevenue" → "Annual Revenue", "last_touch" → "Last touch", a
   * Salesforce custom field "Tech_Stack__c" → "Tech Stack"), else the name as it is.
   */
  public static String label(String name) {
    String column = name.endsWith("__c") ? name.substring(0, name.length() - 3) : name;
    Name known = NAMES.get(Spellings.key(column));
    if (known != null && known.spelling().contains(" ") && !column.contains(" ")) {
      return known.spelling();
    }
    if (!column.matches("[A-Za-z][A-Za-z0-9_]*") || !column.matches(".*(_|[a-z][A-Z]).*")) {
      return column;
    }
    String words = column.replace('_', ' ').replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").strip();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
    Name previous = names.putIfAbsent(Spellings.key(name), new Name(group, source, name));
    if (previous != null && previous.group() != group) {
      throw new IllegalStateException(TABLE + " names '" + name + "' in two places");
    }
  }
}
