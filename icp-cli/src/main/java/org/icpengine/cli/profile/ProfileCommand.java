package org.icpengine.cli.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.InputOptions;
import org.icpengine.cli.SourcesInput;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.Dataset;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.profile.MappingFile;
import org.icpengine.data.profile.ProfileJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp profile FILE}: columns, detected roles and types, cleaning applied, warnings. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description =
        "Read a customer file and show, per column: role, category, type, missing share, "
            + "distinct values, top values, what cleaning changed, and warnings (likely leakage, "
            + "near-unique and constant columns). Row-level problems are listed, not fatal.")
public final class ProfileCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "CSV/TSV, .xlsx, .parquet, .json or .jsonl (or --sources)")
  Path file;

  @Option(names = "--json", description = "Print the profile as JSON")
  boolean json;

  @Option(
      names = "--write-mapping",
      paramLabel = "FILE",
      description = "Also write the inferred column mapping (YAML) to edit and pass to --mapping")
  Path writeMapping;

  @Mixin InputOptions input;

  @Mixin SourcesInput linked;

  /** Creates the command, writing to the given console. */
  public ProfileCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    try (SourcesInput.Resolved resolved = linked.resolve(file, console)) {
      return run(resolved.file());
    }
  }

  private Integer run(Path file) throws IOException {
    if (writeMapping != null) {
      AtomicFiles.checkWritable(writeMapping);
    }
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset =
          console.withProgress(
              "profile",
              progress ->
                  Dataset.open(engine, file, linked.datasetOptions(input).withProgress(progress)));
      if (json) {
        console.out().println(ProfileJson.of(dataset.profile()).toPrettyString());
      } else {
        ProfileText.print(dataset.profile(), console.out());
      }
      if (writeMapping != null) {
        MappingFile.write(
            writeMapping,
            file.getFileName().toString(),
            dataset.profile().columns().stream()
                .map(c -> Map.entry(c.name(), c.meaning()))
                .toList());
        console.err().println("Mapping written to " + writeMapping);
      }
    }
    return Failures.OK;
  }
}
