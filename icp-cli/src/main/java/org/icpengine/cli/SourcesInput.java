package org.icpengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.icpengine.cli.assemble.AssemblyText;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.enrichment.EnrichmentReport;
import org.icpengine.data.profile.ColumnOverride;
import org.icpengine.data.profile.Mapping;
import picocli.CommandLine.Option;

/**
 * The {@code --sources sources.yaml} option of the commands that read a customer file: the account
 * table is assembled from the linked exports into a scratch folder of the run, and the command runs
 * on it as on FILE. FILE and {@code --sources} exclude each other.
 */
public final class SourcesInput {
  @Option(
      names = "--sources",
      paramLabel = "YAML",
      description =
          "Instead of FILE: assemble the accounts from the linked exports this sources.yaml"
              + " lists (see icp sources init) and use them")
  Path sources;

  /** Returns the sources.yaml given with {@code --sources}, if any. */
  public Optional<Path> sources() {
    return Optional.ofNullable(sources);
  }

  /** The meanings of the assembled table's computed columns; none until {@code --sources} ran. */
  private Mapping assembled = Mapping.none();

  /** What the enrichment files did to the assembled table; empty until {@code --sources} ran. */
  private Optional<EnrichmentReport> enrichment = Optional.empty();

  /** Returns what the enrichment files of {@code --sources} did, once the table is assembled. */
  public Optional<EnrichmentReport> enrichment() {
    return enrichment;
  }

  /** The file a command reads, and the scratch folder to delete when it is done. */
  public record Resolved(Path file, Optional<Path> scratch) implements AutoCloseable {
    @Override
    public void close() {
      scratch.ifPresent(SourcesInput::delete);
    }
  }

  /**
   * Returns FILE, or the account table assembled from {@code --sources}, telling the console how
   * the files linked.
   *
   * @throws InputException when both or neither are given
   */
  public Resolved resolve(Path file, Console console) {
    if (file != null && sources != null) {
      throw new InputException("give FILE or --sources " + sources + ", not both");
    }
    if (file == null && sources == null) {
      throw new InputException(
          "give FILE, or --sources sources.yaml to assemble the accounts from linked exports");
    }
    if (file != null) {
      return new Resolved(file, Optional.empty());
    }
    Assembled linked = assemble(sources, console);
    assembled = linked.mapping();
    enrichment = Optional.of(linked.enrichment());
    return linked.resolved();
  }

  /**
   * An account table assembled from a sources.yaml into a scratch folder, with the meanings of its
   * computed columns.
   */
  public record Assembled(Resolved resolved, Mapping mapping, EnrichmentReport enrichment) {}

  /**
   * Assembles the account table of a sources.yaml into a scratch folder (deleted when the returned
   * table is closed), telling the console how the files linked.
   *
   * @throws InputException when the sources cannot be read or linked
   */
  public static Assembled assemble(Path yaml, Console console) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("icp-sources-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path target = scratch.resolve("accounts.parquet");
      SourcesAssembly.Result result = SourcesAssembly.write(yaml, Optional.empty(), target);
      AssemblyText.print(result, console.err());
      console.err().flush();
      return new Assembled(
          new Resolved(target, Optional.of(scratch)),
          result.accounts().mapping(),
          result.enrichment());
    } catch (RuntimeException e) {
      delete(scratch);
      throw e;
    }
  }

  /**
   * Returns the dataset options of the command line, with the assembled columns' meanings (LTV,
   * NRR, CAC, churned, survey and engagement roll-ups) as a mapping under the user's {@code
   * --mapping}: a column the user maps keeps the user's meaning.
   */
  public DatasetOptions datasetOptions(InputOptions input) {
    return under(input.datasetOptions(), assembled);
  }

  /**
   * Returns the options with an assembled table's meanings as a mapping under the user's: a column
   * the user maps keeps the user's meaning.
   */
  public static DatasetOptions under(DatasetOptions options, Mapping assembled) {
    java.util.Map<String, ColumnOverride> columns =
        new java.util.LinkedHashMap<>(assembled.columns());
    options
        .mapping()
        .columns()
        .forEach(
            (name, override) -> {
              columns.keySet().removeIf(n -> n.equalsIgnoreCase(name));
              columns.put(name, override);
            });
    return new DatasetOptions(options.read(), new Mapping(columns), options.progress());
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a scratch folder left in the temporary folder is harmless
    }
  }
}
