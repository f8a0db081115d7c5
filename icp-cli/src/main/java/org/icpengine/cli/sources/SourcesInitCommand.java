package org.icpengine.cli.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.text.TextTable;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.sources.InferredFile;
import org.icpengine.data.sources.InferredSources;
import org.icpengine.data.sources.SourceInference;
import org.icpengine.data.sources.SourcesYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp sources init DIR}: infer a sources.yaml from a folder of exports. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Look at the exports in a folder and write sources.yaml: each file's kind, account key"
            + " and columns' roles, inferred from Salesforce, HubSpot and common headers, from"
            + " the values and from the grain. Files it cannot classify are listed as 'kind:"
            + " ignore' with the reason. Correct the file, then run icp assemble.")
public final class SourcesInitCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "DIR", description = "The folder holding the exports")
  Path dir;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the sources.yaml (default: DIR/sources.yaml)")
  Path out;

  @Option(names = "--force", description = "Replace the sources.yaml if it exists")
  boolean force;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Creates the command, writing to the given console. */
  public SourcesInitCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Path target = out != null ? out : dir.resolve("sources.yaml");
    AtomicFiles.checkWritable(target);
    if (Files.exists(target) && !force) {
      throw new InputException(
          target + " exists: pass --force to replace it, or --out to write another file");
    }
    List<Path> files = SourceInference.dataFiles(dir);
    InferredSources inferred;
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      Path folder = target.toAbsolutePath().getParent();
      inferred = new SourceInference(engine).infer(dir, folder);
    }
    SourcesYaml.write(target, inferred.sources(), dir.toAbsolutePath().normalize().toString());
    print(inferred);
    console.out().println("Written: " + target);
    return Failures.OK;
  }

  private void print(InferredSources inferred) {
    TextTable table =
        new TextTable(
            List.of("file", "kind", "key", "rows", "why"),
            new boolean[] {false, false, false, true, false},
            60);
    for (InferredFile file : inferred.files()) {
      table.add(
          List.of(
              file.file(),
              file.kind(),
              file.key().orElse("-"),
              String.format(java.util.Locale.ROOT, "%,d", file.rows()),
              file.reason()));
    }
    table.print(console.out(), "");
    console.out().println();
    console.out().println("Check:");
    inferred.checks().forEach(check -> console.out().println("  " + check));
  }
}
