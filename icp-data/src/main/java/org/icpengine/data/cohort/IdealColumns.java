package org.icpengine.data.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineException;
import org.icpengine.data.profile.ColumnNames;

/**
 * Parses an ideal expression with the engine's own parser, to say where a syntax error is and to
 * find the columns it reads.
 */
final class IdealColumns {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "SELECT (";

  private IdealColumns() {}

  /**
   * Returns the file columns the expression reads, in the file's spelling.
   *
   * @throws InputException on a syntax error or a column the file does not have
   */
  static List<String> read(Dataset dataset, String expression) {
    String statement = PREFIX + expression + ") AS ideal FROM " + IdealInput.VIEW;
    JsonNode tree;
    try {
      String json =
          dataset
              .engine()
              .queryOne(
                  "SELECT json_serialize_sql(" + Engine.literal(statement) + ")::VARCHAR",
                  r -> r.getString(1));
      tree = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the engine's parse tree is not JSON", e);
    }
    if (tree.path("error").asBoolean(false)) {
      throw syntaxError(expression, tree);
    }
    Set<String> references = new LinkedHashSet<>();
    collect(tree, references);
    List<String> read = new ArrayList<>();
    for (String reference : references) {
      read.add(resolve(dataset.columns(), reference, expression));
    }
    return read;
  }

  private static InputException syntaxError(String expression, JsonNode tree) {
    String message = tree.path("error_message").asText("syntax error");
    int position = tree.path("position").asInt(-1) - PREFIX.length();
    String where = "";
    if (position >= 0 && position <= expression.length()) {
      where =
          " at character "
              + (position + 1)
              + " (…"
              + expression.substring(position, Math.min(expression.length(), position + 20))
              + ")";
    }
    return new InputException(
        "invalid --ideal: "
            + message
            + where
            + ": write a SQL boolean expression, e.g. \"ltv >= 10000 AND churned = 'no'\"");
  }

  private static void collect(JsonNode node, Set<String> references) {
    if (node.isObject() && "COLUMN_REF".equals(node.path("class").asText())) {
      JsonNode names = node.path("column_names");
      if (names.isArray() && names.size() > 0) {
        references.add(names.get(names.size() - 1).asText());
      }
    }
    node.forEach(child -> collect(child, references));
  }

  private static String resolve(List<String> columns, String reference, String expression) {
    for (String column : columns) {
      if (column.toLowerCase(Locale.ROOT).equals(reference.toLowerCase(Locale.ROOT))) {
        return column;
      }
    }
    throw new InputException(
        "invalid --ideal: the file has no column '"
            + reference
            + "'"
            + ColumnNames.suggestion(reference, columns)
            + "; put names with spaces in double quotes, e.g. \"Annual Revenue\" > 1000000");
  }

  /** Returns the engine's complaint about an expression, in one line. */
  static String explain(EngineException e) {
    return e.getMessage().replaceAll(" \\[in: .*$", "").replaceAll("^[A-Za-z ]+Error: ", "");
  }
}
