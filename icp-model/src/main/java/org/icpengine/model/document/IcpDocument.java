package org.icpengine.model.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.model.scoring.ScoreModel;

/**
 * An icp.json document, read in this one place (docs/icp-json.md): the file or text parsed, checked
 * to be an ICP of a format this version reads, and its parts given typed — the fit model with its
 * training support ({@link #model()}) — or, for the parts still shown as they are stored (traits,
 * segments, the evaluation's tables), as a read-only tree ({@link #part}).
 *
 * <p>Nothing else parses icp.json: the architecture test {@code IcpJsonOwnershipTest} holds that.
 */
public final class IcpDocument {
  /** The version of the icp.json format this code writes and reads up to. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root;
  private final String name;

  private IcpDocument(ObjectNode root, String name) {
    this.root = root;
    this.name = name;
  }

  /**
   * Reads a folder holding icp.json, or the file itself.
   *
   * @throws IcpFileException when it is missing, not JSON, not an ICP, or from a newer version
   */
  public static IcpDocument read(Path path) {
    if (Files.isDirectory(path)) {
      Path inside = path.resolve("icp.json");
      if (Files.isRegularFile(inside)) {
        return read(inside);
      }
      throw new IcpFileException(
          path + " is a folder without icp.json: give the icp.json that icp derive wrote");
    }
    if (!Files.isRegularFile(path)) {
      throw new IcpFileException(path + " does not exist: give the icp.json that icp derive wrote");
    }
    try {
      return of(JSON.readTree(path.toFile()), path.toString());
    } catch (JsonProcessingException e) {
      throw notJson(path.toString(), e);
    } catch (IOException e) {
      throw new IcpFileException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads icp.json text, {@code name} saying where it came from in messages ("version 3").
   *
   * @throws IcpFileException when it is not JSON, not an ICP, or from a newer version
   */
  public static IcpDocument parse(String json, String name) {
    try {
      return of(JSON.readTree(json), name);
    } catch (JsonProcessingException e) {
      throw notJson(name, e);
    }
  }

  /**
   * Reads icp.json from a stream (an upload), {@code name} saying where it came from.
   *
   * @throws IcpFileException when it is not JSON, not an ICP, or from a newer version
   */
  public static IcpDocument parse(InputStream in, String name) {
    try {
      return of(JSON.readTree(in), name);
    } catch (JsonProcessingException e) {
      throw notJson(name, e);
    } catch (IOException e) {
      throw new IcpFileException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a document already parsed (one written by {@code IcpJson} in the same process).
   *
   * @throws IcpFileException when it is not an ICP or from a newer version
   */
  public static IcpDocument of(JsonNode root, String name) {
    if (root == null || !root.isObject() || !root.has("format_version") || !root.has("traits")) {
      throw new IcpFileException(
          name
              + " is not an ICP file (no format_version and traits): give the icp.json that icp"
              + " derive wrote");
    }
    JsonNode version = root.get("format_version");
    if (!version.canConvertToInt()) {
      throw new IcpFileException(
          name + " has a format_version that is not a number: derive it again");
    }
    if (version.asInt() > FORMAT_VERSION) {
      throw new IcpFileException(
          name
              + " is format "
              + version.asInt()
              + ", from a newer ICP Engine; this one reads up to "
              + FORMAT_VERSION
              + ": upgrade icp");
    }
    return new IcpDocument(((ObjectNode) root).deepCopy(), name);
  }

  /**
   * Reads a stored document without the ICP checks (a version the server checked when it took it
   * in), for showing its parts.
   *
   * @throws IcpFileException when it is not a JSON object
   */
  public static IcpDocument stored(String json, String name) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        throw new IcpFileException(name + " is not a JSON object");
      }
      return new IcpDocument((ObjectNode) root, name);
    } catch (JsonProcessingException e) {
      throw notJson(name, e);
    }
  }

  private static IcpFileException notJson(String name, JsonProcessingException e) {
    // limits such as the nesting depth are reported without a location
    String where =
        e.getLocation() == null
            ? e.getOriginalMessage().lines().findFirst().orElse("").strip()
            : "line " + e.getLocation().getLineNr();
    return new IcpFileException(
        name
            + " is not valid JSON ("
            + where
            + "): it may be cut short or edited by hand; derive it again",
        e);
  }

  /** Returns where the document came from, as messages name it. */
  public String name() {
    return name;
  }

  /** Returns the document's format version. */
  public int formatVersion() {
    return root.path("format_version").asInt();
  }

  /**
   * Returns the fit model.
   *
   * @throws IcpFileException when there is none (an older ICP Engine) or it does not hold together
   */
  public ScoreModel model() {
    JsonNode model = root.get("fit_model");
    if (model == null || model.isNull()) {
      throw new IcpFileException(
          name + " has no fit model (made by an older ICP Engine): run icp derive again");
    }
    try {
      return ScoreModelJson.read(model);
    } catch (IllegalArgumentException e) {
      throw new IcpFileException(
          name
              + " has a fit_model that does not hold together ("
              + e.getMessage()
              + "): fix the edit or derive it again",
          e);
    }
  }

  /**
   * Returns a top-level part as stored, read-only ({@code traits}, {@code segments}, {@code
   * evaluation}, {@code ideal}, {@code usability} …), a missing node when absent.
   */
  public JsonNode part(String field) {
    return root.path(field).deepCopy();
  }

  /** Returns a copy of the whole document, for an edit that writes a new version. */
  public ObjectNode copy() {
    return root.deepCopy();
  }
}
