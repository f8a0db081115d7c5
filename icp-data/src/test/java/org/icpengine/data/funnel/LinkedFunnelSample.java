package org.icpengine.data.funnel;

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
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.sources.InferredSources;
import org.icpengine.data.sources.SourceInference;
import org.icpengine.data.sources.SourcesYaml;
import org.icpengine.sample.linked.LinkedSample;

/**
 * The linked sample company taken as a user takes it: sources init, assemble, derive (the demo's
 * ideal: top quartile of realised LTV, not churned); made once per test run under {@code
 * target/funnel-sample/}.
 *
 * @param sources the sources.yaml
 * @param icp the folder holding icp.json
 */
record LinkedFunnelSample(Path sources, Path icp) {
  static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";

  private static LinkedFunnelSample instance;

  static synchronized LinkedFunnelSample get() {
    if (instance == null) {
      try {
        instance = make(Path.of("target", "funnel-sample").toAbsolutePath());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  private static LinkedFunnelSample make(Path out) throws IOException {
    Path dir = out.resolve("linked");
    LinkedSample.builder().seed(42).build().write(dir);
    Path yaml = out.resolve("sources.yaml");
    List<Path> files = SourceInference.dataFiles(dir);
    InferredSources inferred;
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      inferred = new SourceInference(engine).infer(dir, out);
    }
    SourcesYaml.write(yaml, inferred.sources(), dir.toString());
    Path accounts = out.resolve("accounts.parquet");
    SourcesAssembly.write(yaml, Optional.empty(), accounts);
    Path icp = Files.createDirectories(out.resolve("icp"));
    try (Engine engine = Engine.open(EngineAccess.reading(accounts))) {
      Dataset dataset = Dataset.open(engine, accounts, DatasetOptions.defaults());
      DeriveOptions d = DeriveOptions.defaults();
      DeriveOptions options =
          new DeriveOptions(
              Optional.of(IDEAL), d.excluded(), d.reincluded(), d.maxDepth(), d.seed(), d.fit());
      String json =
          IcpJson.of(Derivation.derive(dataset, accounts, options, Clock.systemUTC())).toString();
      Files.writeString(icp.resolve("icp.json"), json, StandardCharsets.UTF_8);
    }
    return new LinkedFunnelSample(yaml, icp);
  }
}
