package org.icpengine.data;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.AssemblyOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.enrichment.Enrichment;
import org.icpengine.data.enrichment.EnrichmentReport;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.sources.LinkReport;
import org.icpengine.data.sources.Linking;
import org.icpengine.data.sources.SourceLinker;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.data.sources.SourcesOptions;

/**
 * Links the files a {@code sources.yaml} lists and writes the account table to one file, whole or
 * not at all: what {@code icp assemble}, every command's {@code --sources} and the server share.
 */
public final class SourcesAssembly {
  private SourcesAssembly() {}

  /**
   * What was written.
   *
   * @param report how every file linked to the accounts
   * @param accounts the account table: its columns' provenance and the assembly's notes
   * @param file the file written
   * @param enrichment what the enrichment files did (none without them)
   */
  public record Result(
      LinkReport report, AssembledAccounts accounts, Path file, EnrichmentReport enrichment) {}

  /**
   * Reads {@code sourcesYaml}, links, assembles and writes the account table to {@code target}, as
   * Parquet or CSV by its extension.
   *
   * @param asOf the as-of date, overriding the file's {@code options: as_of}
   * @throws InputException in one line when the sources or the target cannot be used
   */
  public static Result write(Path sourcesYaml, Optional<LocalDate> asOf, Path target) {
    return write(sourcesYaml, asOf, target, null);
  }

  /**
   * As {@link #write(Path, Optional, Path)}, with an engine limited to {@code memoryLimit} (such as
   * "2GB"; null for a third of the machine's memory): the server's linked uploads.
   */
  public static Result write(
      Path sourcesYaml, Optional<LocalDate> asOf, Path target, String memoryLimit) {
    String format = format(target);
    AtomicFiles.checkWritable(target);
    Sources sources = SourcesFile.read(sourcesYaml);
    SourcesOptions options =
        asOf.isPresent() ? sources.options().withAsOf(asOf) : sources.options();
    List<Path> files = sources.used().stream().map(sources::path).toList();
    EngineAccess access = EngineAccess.reading(files);
    try (Engine engine =
        memoryLimit == null ? Engine.open(access) : Engine.open(memoryLimit, access)) {
      Linking linking = new SourceLinker(engine).link(sources);
      Enrichment.Enriched enriched =
          Enrichment.assemble(
              linking.linked(),
              sources,
              ReviewDecisions.nextTo(sourcesYaml),
              new AssemblyOptions(
                  options.asOf(), options.outcomeWindowMonths(), options.grossMargin()));
      AssembledAccounts accounts = enriched.accounts();
      AtomicFiles.writeAt(
          target, file -> engine.copy("SELECT * FROM " + accounts.relation(), format, file));
      return new Result(linking.report(), accounts, target, enriched.report());
    } catch (IOException e) {
      throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static String format(Path target) {
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".parquet")) {
      return "(FORMAT parquet)";
    }
    if (name.endsWith(".csv")) {
      return "(FORMAT csv, HEADER true)";
    }
    throw new InputException(
        target + ": the account table is written as .parquet or .csv: name the file so");
  }
}
