package org.icpengine.server.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.assembly.ComputedColumn;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.profile.ProfileJson;
import org.icpengine.data.sources.InferredSources;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceInference;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.data.sources.SourcesYaml;

/**
 * A folder of unpacked exports ({@link ZipExports}) made into one dataset, as {@code icp sources
 * init} and {@code icp assemble} do: its {@code sources.yaml} is inferred when the zip had none
 * (one that came with it may name only files in the folder), the files are linked and the account
 * table written to {@link #TABLE} in the folder, then read and profiled. The profile carries how
 * each file linked, the computed columns, the assembly's notes, what the enrichment files did and
 * how many review pairs no one had decided at the upload under {@code linked}.
 */
final class LinkedExports {
  /** The account table's file in the folder: hidden, so never taken for an export. */
  static final String TABLE = ".assembled-accounts.parquet";

  private LinkedExports() {}

  /**
   * Links and assembles the folder's exports and returns the account table's profile as JSON.
   *
   * @param memoryLimit each engine's memory limit, such as "2GB"
   * @throws InputException when the exports cannot be linked or the sources.yaml reaches outside
   */
  static String profile(Path dir, String fileName, String memoryLimit) throws IOException {
    Path yaml = sources(dir, memoryLimit);
    Path table = dir.resolve(TABLE);
    SourcesAssembly.Result result =
        SourcesAssembly.write(yaml, Optional.empty(), table, memoryLimit);
    try (Engine engine = Engine.open(memoryLimit, EngineAccess.reading(table))) {
      Dataset dataset = Dataset.open(engine, table, DatasetOptions.defaults());
      ObjectNode json = ProfileJson.of(dataset.profile()).put("file", fileName);
      json.set("linked", linked(result));
      return json.toString();
    }
  }

  /**
   * Returns the folder's sources.yaml, inferred from its exports when the zip had none, checked to
   * name only files inside the folder.
   *
   * @throws InputException when it reaches outside or the exports cannot be told apart
   */
  static Path sources(Path dir, String memoryLimit) throws IOException {
    Path yaml = dir.resolve(ZipExports.SOURCES);
    if (Files.exists(yaml)) {
      checkInside(SourcesFile.read(yaml), dir);
    } else {
      infer(dir, yaml, memoryLimit);
    }
    return yaml;
  }

  /**
   * Refuses a sources.yaml naming a file by an absolute path or through {@code ..}.
   *
   * @throws InputException naming the first such entry
   */
  static void checkInside(Sources sources, Path dir) {
    Path folder = dir.toAbsolutePath().normalize();
    for (SourceEntry entry : sources.entries()) {
      String file = entry.file().replace('\\', '/');
      boolean outside =
          file.startsWith("/")
              || Path.of(entry.file()).isAbsolute()
              || List.of(file.split("/")).contains("..")
              || !sources.path(entry).toAbsolutePath().normalize().startsWith(folder);
      if (outside) {
        throw new InputException(
            "sources.yaml entry '"
                + entry.name()
                + "' names the file '"
                + entry.file()
                + "' outside the zip: name only files the zip holds, such as accounts.csv");
      }
    }
  }

  private static void infer(Path dir, Path yaml, String memoryLimit) throws IOException {
    List<Path> files = SourceInference.dataFiles(dir);
    InferredSources inferred;
    try (Engine engine = Engine.open(memoryLimit, EngineAccess.reading(files))) {
      inferred = new SourceInference(engine).infer(dir, dir.toAbsolutePath());
    }
    SourcesYaml.write(yaml, inferred.sources(), "the uploaded zip");
  }

  private static ObjectNode linked(SourcesAssembly.Result result) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode linked = f.objectNode();
    ArrayNode report = linked.putArray("report");
    result.report().lines().forEach(report::add);
    linked.put("accounts", result.accounts().accounts());
    result.accounts().asOf().ifPresent(d -> linked.put("as_of", d.toString()));
    ArrayNode computed = linked.putArray("computed");
    for (ComputedColumn column : result.accounts().computed()) {
      computed
          .addObject()
          .put("name", column.name())
          .put("rule", column.rule())
          .put("sources", String.join(", ", column.sources()));
    }
    ArrayNode notes = linked.putArray("notes");
    result.accounts().notes().forEach(notes::add);
    ArrayNode enrichment = linked.putArray("enrichment");
    result.enrichment().lines().forEach(enrichment::add);
    linked.put(
        "review_pairs",
        result.enrichment().sources().stream().mapToLong(e -> e.pendingReview()).sum());
    return linked;
  }
}
