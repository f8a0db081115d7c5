package org.icpengine.data.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.icp.IcpJson;
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
    ScoreModel model = ModelFile.read(path);
    Path file = Files.isDirectory(path) ? path.resolve("icp.json") : path;
    try {
      return new IcpFile(model, IcpJson.ideal(new ObjectMapper().readTree(file.toFile())));
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
