package org.icpengine.data.enrichment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;

/**
 * The decisions people made on review-band pairs, kept in {@code match-decisions.yaml} next to
 * {@code sources.yaml} and applied on every assemble: an accepted pair links, a rejected pair never
 * does, whatever its band. A later decision on the same pair replaces the earlier one.
 */
public final class ReviewDecisions {
  /** The file's name, in the folder of {@code sources.yaml}. */
  public static final String FILE = "match-decisions.yaml";

  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  /**
   * One decision.
   *
   * @param source the enrichment source's name
   * @param rowName the row's company name as written
   * @param rowDomain the row's domain as written
   * @param accountKey the account's key
   * @param decision accept or reject
   */
  public record Entry(
      String source, String rowName, String rowDomain, String accountKey, Decision decision) {
    /** Returns whether both decisions are about the same pair. */
    public boolean samePair(Entry other) {
      return source.equals(other.source)
          && rowName.equals(other.rowName)
          && rowDomain.equals(other.rowDomain)
          && accountKey.equals(other.accountKey);
    }
  }

  private final Path file;
  private final List<Entry> entries;

  private ReviewDecisions(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = new ArrayList<>(entries);
  }

  /**
   * Reads the decisions next to a {@code sources.yaml}; none when the file does not exist.
   *
   * @throws InputException in one line when the file is not a decisions file
   */
  public static ReviewDecisions nextTo(Path sourcesYaml) {
    Path file = sourcesYaml.toAbsolutePath().resolveSibling(FILE);
    if (!Files.exists(file)) {
      return new ReviewDecisions(file, List.of());
    }
    try {
      JsonNode list = YAML.readTree(file.toFile()).path("decisions");
      List<Entry> entries = new ArrayList<>();
      for (JsonNode node : list) {
        entries.add(
            new Entry(
                node.path("source").asText(),
                node.path("row").asText(""),
                node.path("domain").asText(""),
                node.path("account").asText(),
                Decision.parse(node.path("decision").asText())));
      }
      return new ReviewDecisions(file, entries);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InputException(
          file
              + " is not a decisions file ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): fix it or delete it and review again with icp sources review",
          e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns the decision on a pair, if one was made. */
  public Optional<Decision> on(ReviewPair pair) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (pair.decidedBy(entries.get(i))) {
        return Optional.of(entries.get(i).decision());
      }
    }
    return Optional.empty();
  }

  /** Records a decision on a pair, replacing an earlier one; {@link #save} writes it. */
  public void decide(ReviewPair pair, Decision decision) {
    entries.removeIf(pair::decidedBy);
    entries.add(
        new Entry(pair.source(), pair.rowName(), pair.rowDomain(), pair.accountKey(), decision));
  }

  /**
   * Records a decision made elsewhere (such as in the server's review page), replacing an earlier
   * one on the same pair; {@link #save} writes it.
   */
  public void record(Entry entry) {
    entries.removeIf(e -> e.samePair(entry));
    entries.add(entry);
  }

  /** Returns the decisions, oldest first. */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Returns the file the decisions are kept in. */
  public Path file() {
    return file;
  }

  /** Writes the decisions to their file, whole or not at all. */
  public void save() throws IOException {
    ObjectNode root = YAML.createObjectNode();
    ArrayNode list = root.putArray("decisions");
    for (Entry e : entries) {
      ObjectNode node = list.addObject();
      node.put("source", e.source());
      node.put("row", e.rowName());
      node.put("domain", e.rowDomain());
      node.put("account", e.accountKey());
      node.put("decision", e.decision().word());
    }
    AtomicFiles.write(file, YAML.writeValueAsBytes(root));
  }
}
