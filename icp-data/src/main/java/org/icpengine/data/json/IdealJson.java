package org.icpengine.data.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.model.document.IcpContentsJson;

/**
 * The ideal definition as JSON, as every output that depends on it states it (as icp.json does).
 */
public final class IdealJson {
  private IdealJson() {}

  /** Returns the definition: expression, words, whether it is the default, columns read, counts. */
  public static ObjectNode of(IdealDefinition ideal) {
    return IcpContentsJson.ideal(IcpJson.ideal(ideal));
  }
}
