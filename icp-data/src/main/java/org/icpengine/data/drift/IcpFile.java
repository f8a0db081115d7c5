package org.icpengine.data.drift;

import java.nio.file.Path;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.document.IcpFileException;
import org.icpengine.model.scoring.ScoreModel;

/**
 * What a check needs of an icp.json: the score model and the ideal definition it was derived for.
 *
 * @param model the score model
 * @param ideal the ideal definition
 */
record IcpFile(ScoreModel model, IdealDefinition ideal) {
  /**
   * Reads a folder holding icp.json, or the file itself.
   *
   * @throws InputException when it is missing or not an ICP this version reads
   */
  static IcpFile read(Path path) {
    try {
      IcpDocument document = IcpDocument.read(path);
      return new IcpFile(document.model(), IcpJson.ideal(document));
    } catch (IcpFileException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
