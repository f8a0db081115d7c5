package org.icpengine.model.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.icpengine.model.scoring.ScoreModel;

/**
 * An icp.json document, read in this one place (docs/icp-json.md): the file or text parsed, checked
 * to be an ICP of a format this version reads, and every part given typed: the fit model with its
 * training support ({@link #model()}), the provenance, ideal, traits, segments, verdict and
 * evaluation as {@link IcpContents} records, or all of them at once ({@link #contents()}), which
 * {@link IcpContentsJson} writes back to the same bytes.
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
   * Returns the fit model, or empty for a document without one (made by an older ICP Engine).
   *
   * @throws IcpFileException when it does not hold together
   */
  public Optional<ScoreModel> fitModel() {
    JsonNode model = root.get("fit_model");
    return model == null || model.isNull() ? Optional.empty() : Optional.of(model());
  }

  /** Returns where the ICP came from; absent values read as empty. */
  public IcpContents.Provenance provenance() {
    return typed(() -> IcpContentsJson.readProvenance(root.path("provenance")));
  }

  /** Returns the ideal definition; absent, it reads as the default with no rows. */
  public IcpContents.Ideal ideal() {
    return typed(() -> IcpContentsJson.readIdeal(root.path("ideal")));
  }

  /** Returns the attribute columns discovery used. */
  public List<IcpContents.Column> attributes() {
    List<IcpContents.Column> columns = new ArrayList<>();
    for (JsonNode c : root.path("attributes")) {
      columns.add(
          new IcpContents.Column(
              Parts.text(c, "column", ""),
              Parts.text(c, "category", ""),
              Parts.text(c, "type", "")));
    }
    return columns;
  }

  /** Returns the columns left out of discovery, with the reason. */
  public List<IcpContents.Excluded> excluded() {
    List<IcpContents.Excluded> columns = new ArrayList<>();
    for (JsonNode c : root.path("excluded_columns")) {
      columns.add(
          new IcpContents.Excluded(Parts.text(c, "column", ""), Parts.text(c, "reason", "")));
    }
    return columns;
  }

  /** Returns the traits, in the document's order (positive first). */
  public List<IcpContents.Trait> traits() {
    return typed(() -> list(root.path("traits"), IcpContentsJson::readTrait));
  }

  /** Returns the segments, in the document's order. */
  public List<IcpContents.Segment> segments() {
    return typed(() -> list(root.path("segments"), IcpContentsJson::readSegment));
  }

  /** Returns the segments that drive a numeric outcome. */
  public List<IcpContents.Outcome> outcomeSegments() {
    return typed(() -> list(root.path("outcome_segments"), IcpContentsJson::readOutcome));
  }

  /** Returns the share of ideal and of all accounts the positive segments match (NaN if absent). */
  public IcpContents.Coverage coverage() {
    JsonNode node = root.path("coverage");
    return new IcpContents.Coverage(
        Parts.number(node, "ideal_share"), Parts.number(node, "all_share"));
  }

  /** Returns the plain-language summary, empty when absent. */
  public String summary() {
    return Parts.text(root, "summary", "");
  }

  /** Returns the notes. */
  public List<String> notes() {
    return Parts.texts(root, "notes");
  }

  /** Returns whether the ICP is fit for use; empty for a document from before it was recorded. */
  public Optional<IcpContents.Verdict> verdict() {
    return IcpContentsJson.readVerdict(root);
  }

  /** Returns how the fit score did on held-out accounts; empty when the document has none. */
  public Optional<HeldOutEvaluation> evaluation() {
    JsonNode node = root.path("evaluation");
    return node.isObject() ? Optional.of(typed(() -> EvaluationJson.read(node))) : Optional.empty();
  }

  /**
   * Returns the whole document as records, to edit and write again with {@link IcpContentsJson}.
   *
   * @throws IcpFileException when it has no fit model or evaluation, or a part does not hold
   *     together
   */
  public IcpContents contents() {
    return new IcpContents(
        formatVersion(),
        provenance(),
        ideal(),
        attributes(),
        excluded(),
        traits(),
        segments(),
        outcomeSegments(),
        coverage(),
        summary(),
        notes(),
        verdict(),
        model(),
        evaluation()
            .orElseThrow(
                () -> new IcpFileException(name + " has no evaluation: run icp derive again")));
  }

  /**
   * Returns the whole document as JSON, to store or send on as it is. Its parts are read through
   * the typed accessors above, never by key from this tree ({@code IcpJsonOwnershipTest}).
   */
  public ObjectNode whole() {
    return root.deepCopy();
  }

  /**
   * Returns the document with an editor's change applied, every other part kept as it is; read
   * {@link #model()} of the result to check that it still scores.
   *
   * @throws IllegalArgumentException when a trait to remove or pin is not in the document
   */
  public IcpDocument edited(DocumentEdit edit) {
    return new IcpDocument(edit.apply(root), name);
  }

  /** Returns the whole document as compact JSON text, as the server stores a version. */
  public String text() {
    return root.toString();
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
    List<T> items = new ArrayList<>();
    array.forEach(item -> items.add(read.apply(item)));
    return List.copyOf(items);
  }

  private <T> T typed(Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new IcpFileException(
          name
              + " has a part that does not hold together ("
              + e.getMessage()
              + "): derive it again",
          e);
    }
  }
}
