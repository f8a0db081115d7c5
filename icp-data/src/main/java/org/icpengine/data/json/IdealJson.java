package org.icpengine.data.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.model.document.FigureJson;

/** The ideal definition as JSON, as every output that depends on it states it. */
public final class IdealJson {
  private IdealJson() {}

  /** Returns the definition: expression, words, whether it is the default, columns read, counts. */
  public static ObjectNode of(IdealDefinition ideal) {
    ObjectNode node = FigureJson.object();
    node.put("expression", ideal.expression());
    node.put("description", ideal.description());
    node.put("default", ideal.isDefault());
    ArrayNode read = node.putArray("columns_read");
    ideal.columnsRead().forEach(read::add);
    node.put("ideal_rows", ideal.idealRows());
    node.put("rows", ideal.rows());
    node.put("ideal_rate", ideal.idealRate());
    return node;
  }
}
