package org.icpengine.data.personas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.sources.InferredSources;
import org.icpengine.data.sources.SourceInference;
import org.icpengine.data.sources.SourcesYaml;
import org.icpengine.sample.linked.LinkedSample;
import org.icpengine.sample.linked.PlantedContact;

/**
 * The linked sample (seed 42, 2,000 accounts) taken as a user takes it — sources init, derive with
 * the demo's ideal — and its personas derived once per test run, with the scored contacts as CSV,
 * under {@code target/linked-personas/}.
 */
final class LinkedPersonas {
  static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";
  private static LinkedPersonas instance;

  final Path dir;
  final Path exports;
  final Path sources;
  final Path icp;
  final Path contacts;
  final PersonaReport report;
  final List<PlantedContact> planted;

  private LinkedPersonas(Path dir) throws IOException {
    this.dir = dir;
    this.exports = dir.resolve("linked");
    LinkedSample sample = LinkedSample.builder().seed(42).accounts(2_000).build();
    sample.write(exports);
    this.planted = sample.plantedContacts();
    this.sources = dir.resolve("sources.yaml");
    List<Path> files = SourceInference.dataFiles(exports);
    InferredSources inferred;
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      inferred = new SourceInference(engine).infer(exports, dir.toAbsolutePath());
    }
    SourcesYaml.write(sources, inferred.sources(), exports.toAbsolutePath().toString());
    this.icp = dir.resolve("icp.json");
    derive(dir.resolve("accounts.parquet"));
    this.contacts = dir.resolve("contacts-scored.csv");
    this.report =
        Personas.derive(
            sources, icp, PersonaOptions.defaults().withContacts(contacts, OutputFormat.CSV));
  }

  private void derive(Path accounts) throws IOException {
    SourcesAssembly.write(sources, Optional.empty(), accounts);
    try (Engine engine = Engine.open(EngineAccess.reading(accounts))) {
      Dataset dataset = Dataset.open(engine, accounts, DatasetOptions.defaults());
      DeriveOptions defaults = DeriveOptions.defaults();
      DeriveOptions options =
          new DeriveOptions(
              Optional.of(IDEAL),
              defaults.excluded(),
              defaults.reincluded(),
              defaults.maxDepth(),
              defaults.seed(),
              defaults.fit());
      String json =
          IcpJson.of(Derivation.derive(dataset, accounts, options, Clock.systemUTC())).toString();
      Files.writeString(icp, json, StandardCharsets.UTF_8);
    }
  }

  static synchronized LinkedPersonas get() {
    if (instance == null) {
      try {
        instance =
            new LinkedPersonas(Files.createDirectories(Path.of("target", "linked-personas")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }
}
