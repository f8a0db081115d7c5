package org.icpengine.cli.drift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.cli.Console;
import org.icpengine.cli.SourcesInput;
import org.icpengine.data.InputException;
import org.icpengine.data.drift.Periods;
import org.icpengine.data.profile.Mapping;

/**
 * The two account tables {@code icp drift} compares, from what the command line named: two files; a
 * sources.yaml for either side (its accounts assembled from the linked exports); or one
 * sources.yaml split into an earlier and a recent period by a date ({@code --window}). Scratch
 * folders are deleted on close.
 *
 * @param reference the baseline accounts
 * @param current the recent accounts
 * @param mapping the meanings of assembled columns (LTV, NRR, churned, …), none for plain files
 * @param periods how one assembled table was split, when it was
 */
record DriftInputs(
    Path reference,
    Path current,
    Mapping mapping,
    Optional<Periods> periods,
    List<SourcesInput.Resolved> scratch)
    implements AutoCloseable {

  /** Resolves two tables, each a file or a sources.yaml. */
  static DriftInputs pair(Path reference, Path current, Console console) {
    List<SourcesInput.Resolved> scratch = new ArrayList<>();
    try {
      Mapping mapping = Mapping.none();
      Path before = reference;
      if (isSources(reference)) {
        SourcesInput.Assembled linked = SourcesInput.assemble(reference, console);
        scratch.add(linked.resolved());
        before = linked.resolved().file();
        mapping = linked.mapping();
      }
      Path after = current;
      if (isSources(current)) {
        SourcesInput.Assembled linked = SourcesInput.assemble(current, console);
        scratch.add(linked.resolved());
        after = linked.resolved().file();
        mapping = linked.mapping();
      }
      return new DriftInputs(before, after, mapping, Optional.empty(), scratch);
    } catch (RuntimeException e) {
      scratch.forEach(SourcesInput.Resolved::close);
      throw e;
    }
  }

  /** Assembles one sources.yaml and splits its accounts into two periods. */
  static DriftInputs periods(
      Path sources, Periods.Window window, Optional<String> splitBy, Console console) {
    SourcesInput.Assembled linked = SourcesInput.assemble(sources, console);
    List<SourcesInput.Resolved> scratch = new ArrayList<>(List.of(linked.resolved()));
    try {
      Path dir = Files.createTempDirectory("icp-periods-");
      scratch.add(new SourcesInput.Resolved(dir, Optional.of(dir)));
      Periods periods = Periods.split(linked.resolved().file(), splitBy, window, dir);
      return new DriftInputs(
          periods.reference(), periods.current(), linked.mapping(), Optional.of(periods), scratch);
    } catch (IOException e) {
      scratch.forEach(SourcesInput.Resolved::close);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      scratch.forEach(SourcesInput.Resolved::close);
      throw e;
    }
  }

  private static boolean isSources(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** Throws unless the command line named the inputs one of the two ways. */
  static void check(Path reference, Path current, Path sources, String window) {
    boolean pair = reference != null || current != null;
    boolean split = sources != null || window != null;
    if (pair && split) {
      throw new InputException(
          "give --reference and --current, or --sources with --window, not both");
    }
    if (split && (sources == null || window == null)) {
      throw new InputException(
          sources == null
              ? "--window splits the accounts of --sources sources.yaml: give it too"
              : "--sources needs --window (say 12m): the recent period to compare with the rest");
    }
    if (!split && (reference == null || current == null)) {
      throw new InputException(
          "give --reference and --current (files or sources.yaml), or --sources sources.yaml"
              + " --window 12m");
    }
  }

  @Override
  public void close() {
    scratch.forEach(SourcesInput.Resolved::close);
  }
}
