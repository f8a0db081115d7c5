package org.icpengine.data.fit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.icpengine.data.InputException;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.document.IcpFileException;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Reads the score model out of an icp.json through its one reader ({@link IcpDocument}), refusing
 * files that are not one this version reads with the reader's one-line message.
 */
public final class ModelFile {
  private ModelFile() {}

  /**
   * Reads the model.
   *
   * @throws InputException when the file is missing, not JSON, not an ICP, from a newer version,
   *     has no fit model, or a fit model that does not hold together
   */
  public static ScoreModel read(Path file) {
    try {
      return IcpDocument.read(file).model();
    } catch (IcpFileException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /**
   * Reads the model out of an icp.json document already parsed, {@code name} saying where it came
   * from in messages.
   *
   * @throws InputException when the document is not an ICP, from a newer version, has no fit model,
   *     or a fit model that does not hold together
   */
  public static ScoreModel of(JsonNode root, String name) {
    try {
      return IcpDocument.of(root, name).model();
    } catch (IcpFileException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /**
   * Reads the model out of icp.json text (a stored version), {@code name} saying where it came from
   * in messages.
   *
   * @throws InputException when the text is not JSON, not an ICP, from a newer version, has no fit
   *     model, or a fit model that does not hold together
   */
  public static ScoreModel parse(String json, String name) {
    try {
      return IcpDocument.parse(json, name).model();
    } catch (IcpFileException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
