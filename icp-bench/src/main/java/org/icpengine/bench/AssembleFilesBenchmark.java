package org.icpengine.bench;

import static org.icpengine.data.engine.Engine.literal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.assembly.AccountAssembly;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.AssemblyOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.sources.InferredSources;
import org.icpengine.data.sources.Linking;
import org.icpengine.data.sources.SourceInference;
import org.icpengine.data.sources.SourceLinker;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.data.sources.SourcesOptions;
import org.icpengine.data.sources.SourcesYaml;
import org.icpengine.sample.linked.LinkedSample;

/**
 * Times {@code icp assemble} from files: the linked sample's exports at N accounts (written once
 * into the benchmark cache, with the {@code sources.yaml} that {@code icp sources init} infers),
 * read, cleaned, linked and assembled into a Parquet account table by {@link
 * SourcesAssembly#write}, the path the command runs. Beside it, from the same run, the engine's
 * bare read of the same files: {@code read_csv} with its own detection, every file loaded into a
 * table and nothing else done. It prints both walls, their ratio, the process CPU time, the peak
 * heap and the peak resident memory of each side; with {@code trace} a third, logged run prints
 * where the assembly's time goes, statement by statement.
 */
public final class AssembleFilesBenchmark {
  private AssembleFilesBenchmark() {}

  /**
   * Arguments: accounts (default 1,000,000), cache folder (default target/bench-cache), seed (42),
   * and {@code trace} to add the statement trace ({@code trace-only}: the trace and not the timed
   * sides).
   */
  public static void main(String[] args) throws IOException {
    int accounts = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    Path cache = Path.of(args.length > 1 ? args[1] : "icp-bench/target/bench-cache");
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    String mode = args.length > 3 ? args[3] : "";
    PrintStream out = System.out;
    Path dir = cache.resolve("linked-" + accounts + "-" + seed);
    Path yaml = sample(dir, accounts, seed, out);
    Sources sources = SourcesFile.read(yaml);
    List<Path> files = sources.used().stream().map(sources::path).toList();
    out.printf(
        Locale.ROOT,
        "%,d accounts: %d files, %,.0f MB (%s)%n",
        accounts,
        files.size(),
        bytes(files) / 1e6,
        dir);
    if (!mode.equals("trace-only")) {
      Side bare = measure(() -> bareRead(files));
      Path table = dir.resolve("accounts.parquet");
      Side ours = measure(() -> SourcesAssembly.write(yaml, Optional.empty(), table));
      Files.deleteIfExists(table);
      print(bare, ours, out);
    }
    if (mode.startsWith("trace")) {
      out.printf("%nstatement trace: one extra run of link + assemble + write (logged)%n");
      long cpu = cpuNanos();
      trace(sources, files, dir.resolve("traced.parquet"), out);
      out.printf(
          Locale.ROOT,
          "process CPU during the traced run: %.2f s; load average now %s%n",
          (cpuNanos() - cpu) / 1e9,
          loadAverage());
    }
  }

  /** One side's figures: wall and CPU seconds, peak heap and resident bytes. */
  private record Side(double wall, double cpu, long heapPeak, long rssPeak) {}

  private static Side measure(Runnable work) {
    System.gc();
    ResidentMemory.resetPeak();
    HeapPeak heap = HeapPeak.start();
    long cpu = cpuNanos();
    long start = System.nanoTime();
    work.run();
    double wall = Seconds.since(start);
    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
    HeapPeak.Figures figures = heap.figures();
    return new Side(wall, cpuSeconds, figures.usedPeak(), figures.residentPeak().orElse(-1));
  }

  /** Loads every file into a table with the engine's own CSV detection; nothing else. */
  private static void bareRead(List<Path> files) {
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      for (int i = 0; i < files.size(); i++) {
        engine.execute(
            "CREATE TABLE bare_"
                + i
                + " AS SELECT * FROM read_csv("
                + literal(files.get(i).toString())
                + ")");
      }
    }
  }

  private static Path sample(Path dir, int accounts, long seed, PrintStream out)
      throws IOException {
    Path yaml = dir.resolve("sources.yaml");
    if (Files.exists(yaml)) {
      return yaml;
    }
    long start = System.nanoTime();
    LinkedSample.builder().seed(seed).accounts(accounts).build().write(dir);
    out.printf(Locale.ROOT, "wrote the linked sample in %.1f s%n", Seconds.since(start));
    start = System.nanoTime();
    List<Path> files = SourceInference.dataFiles(dir);
    InferredSources inferred;
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      inferred = new SourceInference(engine).infer(dir, dir.toAbsolutePath());
    }
    Path written = dir.resolve("sources.yaml.tmp");
    SourcesYaml.write(written, inferred.sources(), dir.toAbsolutePath().normalize().toString());
    Files.move(written, yaml);
    out.printf(Locale.ROOT, "inferred sources.yaml in %.1f s%n", Seconds.since(start));
    return yaml;
  }

  private static void trace(Sources sources, List<Path> files, Path table, PrintStream out) {
    SourcesOptions options = sources.options();
    try (Engine engine = StatementLog.logging(() -> Engine.open(EngineAccess.reading(files)))) {
      StatementLog.trace(
          engine,
          () -> {
            Linking linking = new SourceLinker(engine).link(sources);
            AssembledAccounts assembled =
                AccountAssembly.assemble(
                    linking.linked(),
                    new AssemblyOptions(
                        options.asOf(), options.outcomeWindowMonths(), options.grossMargin()));
            try {
              engine.copy("SELECT * FROM " + assembled.relation(), "(FORMAT parquet)", table);
              Files.deleteIfExists(table);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          out);
    }
  }

  private static void print(Side bare, Side ours, PrintStream out) {
    out.printf("%n%-44s %9s %9s %10s %10s%n", "side", "wall s", "CPU s", "heap MiB", "RSS MiB");
    row("engine's bare read_csv of the files", bare, out);
    row("icp assemble from the files (SourcesAssembly)", ours, out);
    out.printf(
        Locale.ROOT,
        "ratio assemble / bare read: wall %.2f, CPU %.2f; load average now %s; %s%n",
        ours.wall() / bare.wall(),
        ours.cpu() / bare.cpu(),
        loadAverage(),
        LocalDate.now());
    out.printf(
        Locale.ROOT,
        "target: assemble under 60 s on 2 cores with <= 2 GB heap (max heap %d MiB)%n",
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static void row(String label, Side side, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-44s %9.2f %9.2f %10d %10d%n",
        label,
        side.wall(),
        side.cpu(),
        side.heapPeak() >> 20,
        side.rssPeak() >> 20);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static long bytes(List<Path> files) throws IOException {
    long sum = 0;
    for (Path file : files) {
      sum += Files.size(file);
    }
    return sum;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
