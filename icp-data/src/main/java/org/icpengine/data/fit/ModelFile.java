package org.icpengine.data.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.InputException;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.model.document.ScoreModelJson;
import org.icpengine.model.scoring.ScoreModel;

/** Reads the score model out of an icp.json, refusing files that are not one this version reads. */
public final class ModelFile {
  private ModelFile() {}

  /**
   * Reads the model.
   *
   * @throws InputException when the file is missing, not JSON, not an ICP, from a newer version,
   *     has no fit model, or a fit model that does not hold together
   */
  public static ScoreModel read(Path file) {
    if (Files.isDirectory(file)) {
      Path inside = file.resolve("icp.json");
      if (Files.isRegularFile(inside)) {
        return read(inside);
      }
      throw new InputException(
          file + " is a folder without icp.json: give the icp.json that icp derive wrote");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + " does not exist: give the icp.json that icp derive wrote");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      // limits such as the nesting depth are reported without a location
      String where =
          e.getLocation() == null
              ? e.getOriginalMessage().lines().findFirst().orElse("").strip()
              : "line " + e.getLocation().getLineNr();
      throw new InputException(
          file
              + " is not valid JSON ("
              + where
              + "): it may be cut short or edited by hand; derive it again",
          e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return of(root, file.toString());
  }

  /**
   * Reads the model out of an icp.json document, {@code name} saying where it came from in
   * messages.
   *
   * @throws InputException when the document is not an ICP, from a newer version, has no fit model,
   *     or a fit model that does not hold together
   */
  public static ScoreModel of(JsonNode root, String name) {
    if (root == null || !root.isObject() || !root.has("format_version") || !root.has("traits")) {
      throw new InputException(
          name
              + " is not an ICP file (no format_version and traits): give the icp.json that icp derive wrote");
    }
    JsonNode version = root.get("format_version");
    if (!version.canConvertToInt()) {
      throw new InputException(
          name + " has a format_version that is not a number: derive it again");
    }
    if (version.asInt() > IcpDefinition.FORMAT_VERSION) {
      throw new InputException(
          name
              + " is format "
              + version.asInt()
              + ", from a newer ICP Engine; this one reads up to "
              + IcpDefinition.FORMAT_VERSION
              + ": upgrade icp");
    }
    JsonNode model = root.get("fit_model");
    if (model == null || model.isNull()) {
      throw new InputException(
          name + " has no fit model (made by an older ICP Engine): run icp derive again");
    }
    try {
      return ScoreModelJson.read(model);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          name
              + " has a fit_model that does not hold together ("
              + e.getMessage()
              + "): fix the edit or derive it again",
          e);
    }
  }
}
