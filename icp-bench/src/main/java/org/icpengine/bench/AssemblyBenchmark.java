package org.icpengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.assembly.AccountAssembly;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.AssemblyOptions;
import org.icpengine.data.assembly.StageTime;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;

/**
 * Times the account table's assembly on a volume generated in the engine: N accounts, 3N
 * opportunities, 6N subscriptions and 6N transactions (12N recurring and one-off revenue rows), 5N
 * touches and a spend table, written straight into the {@code linked_*} relations with SQL ({@code
 * range()} and seeded hashes), so no file reading or linking is timed. Prints rows, seconds and
 * rows per second per stage. Target (issue 14): 1M accounts + 3M opportunities + 12M subscription
 * or transaction rows + 5M touches in under 60 s on 2 cores with at most 2 GB heap.
 */
public final class AssemblyBenchmark {
  private static final String CHANNELS = "['paid_search', 'events', 'referral', 'content', 'ads']";

  private AssemblyBenchmark() {}

  /** Arguments: accounts (default 1,000,000), engine memory limit (default 4GB), seed (42). */
  public static void main(String[] args) {
    long accounts = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    String memory = args.length > 1 ? args[1] : "4GB";
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    try (Engine engine = Engine.open(memory)) {
      long start = System.nanoTime();
      Map<SourceKind, LinkedTable> tables = generate(engine, accounts, seed);
      double generated = (System.nanoTime() - start) / 1e9;
      LinkedSources linked =
          new LinkedSources(
              engine,
              tables,
              List.of("industry", "employees"),
              Optional.of(LocalDate.parse("2024-12-31")));
      long cpu = cpuNanos();
      long assembling = System.nanoTime();
      AssembledAccounts assembled = AccountAssembly.assemble(linked, AssemblyOptions.defaults());
      double total = (System.nanoTime() - assembling) / 1e9;
      print(tables, assembled, generated, total);
      System.out.printf(
          Locale.ROOT,
          "process CPU during assembly, s %.2f (engine threads %s;"
              + " on an idle 2-core machine the wall time is at least half of this)%n",
          (cpuNanos() - cpu) / 1e9,
          engine.queryOne("SELECT current_setting('threads')", r -> r.getString(1)));
    }
  }

  private static Map<SourceKind, LinkedTable> generate(Engine engine, long n, long seed) {
    Map<SourceKind, LinkedTable> tables = new EnumMap<>(SourceKind.class);
    String h = "hash(i, " + seed + ", ";
    create(
        engine,
        tables,
        SourceKind.ACCOUNTS,
        Set.of(SourceRole.ACCOUNT_ID),
        "SELECT 'A' || i AS account_key, ['Software', 'Retail', 'Finance', 'Health',"
            + " 'Manufacturing'][1 + ("
            + h
            + "1) % 5)::INTEGER] AS industry, (10 + "
            + h
            + "2) % 5000)::INTEGER AS employees FROM range("
            + n
            + ") t(i)");
    create(
        engine,
        tables,
        SourceKind.OPPORTUNITIES,
        EnumSet.of(
            SourceRole.STAGE,
            SourceRole.CREATED_DATE,
            SourceRole.CLOSE_DATE,
            SourceRole.AMOUNT,
            SourceRole.CHANNEL),
        "SELECT 'A' || ("
            + h
            + "10) % "
            + n
            + ") AS account_key, CASE WHEN "
            + h
            + "11) % 100 < 40 THEN 'won' WHEN "
            + h
            + "11) % 100 < 85 THEN 'lost' ELSE 'open'"
            + " END AS stage_outcome, stage_outcome AS stage, DATE '2021-01-01' + ("
            + h
            + "12) % 1400)::INTEGER AS created_date, CASE WHEN stage_outcome <> 'open' THEN"
            + " created_date + (5 + "
            + h
            + "13) % 200)::INTEGER END AS close_date,"
            + " (500 + "
            + h
            + "14) % 50000)::DOUBLE AS amount, "
            + CHANNELS
            + "[1 + ("
            + h
            + "15) % 5)::INTEGER] AS channel FROM range("
            + 3 * n
            + ") t(i)");
    create(
        engine,
        tables,
        SourceKind.SUBSCRIPTIONS,
        EnumSet.of(SourceRole.START_DATE, SourceRole.END_DATE, SourceRole.MRR),
        "SELECT 'A' || ("
            + h
            + "20) % "
            + n
            + ") AS account_key, DATE '2021-01-01' + ("
            + h
            + "21) % 1400)::INTEGER AS start_date, CASE WHEN "
            + h
            + "22) % 3 > 0 THEN"
            + " start_date + (30 + "
            + h
            + "23) % 700)::INTEGER END AS end_date,"
            + " (20 + "
            + h
            + "24) % 2000)::DOUBLE AS mrr FROM range("
            + 6 * n
            + ") t(i)");
    create(
        engine,
        tables,
        SourceKind.TRANSACTIONS,
        EnumSet.of(SourceRole.DATE, SourceRole.AMOUNT),
        "SELECT 'A' || ("
            + h
            + "30) % "
            + n
            + ") AS account_key, DATE '2021-01-01' + ("
            + h
            + "31) % 1460)::INTEGER AS date, (10 + "
            + h
            + "32) % 5000)::DOUBLE AS amount"
            + " FROM range("
            + 6 * n
            + ") t(i)");
    create(
        engine,
        tables,
        SourceKind.TOUCHES,
        EnumSet.of(SourceRole.DATE, SourceRole.CHANNEL, SourceRole.TOUCH_KIND),
        "SELECT 'A' || ("
            + h
            + "40) % "
            + n
            + ") AS account_key, DATE '2021-01-01' + ("
            + h
            + "41) % 1460)::INTEGER AS date, "
            + CHANNELS
            + "[1 + ("
            + h
            + "42) % 5)::INTEGER] AS channel, ['visit', 'ad click', 'email', 'event'][1 + ("
            + h
            + "43) % 4)::INTEGER] AS touch_kind FROM range("
            + 5 * n
            + ") t(i)");
    create(
        engine,
        tables,
        SourceKind.SPEND,
        EnumSet.of(SourceRole.CHANNEL, SourceRole.MONTH, SourceRole.AMOUNT),
        "SELECT "
            + CHANNELS
            + "[1 + i % 5] AS channel, (DATE '2021-01-01' + INTERVAL (i // 5)"
            + " MONTH)::DATE AS month, (1000 + "
            + h
            + "50) % 100000)::DOUBLE AS amount"
            + " FROM range(240) t(i)");
    return tables;
  }

  private static void create(
      Engine engine,
      Map<SourceKind, LinkedTable> tables,
      SourceKind kind,
      Set<SourceRole> roles,
      String query) {
    String relation = LinkedTable.relationName(kind);
    engine.execute("CREATE OR REPLACE TABLE " + relation + " AS " + query);
    long rows = engine.count(relation);
    tables.put(kind, new LinkedTable(kind, relation, roles, rows, rows));
  }

  private static void print(
      Map<SourceKind, LinkedTable> tables,
      AssembledAccounts assembled,
      double generated,
      double total) {
    for (LinkedTable table : tables.values()) {
      System.out.printf(Locale.ROOT, "%-28s %,14d rows%n", table.relation(), table.rows());
    }
    System.out.printf(Locale.ROOT, "generated in the engine, s    %.2f (not counted)%n", generated);
    System.out.printf(Locale.ROOT, "%-20s %14s %9s %14s%n", "stage", "rows read", "s", "rows/s");
    for (StageTime stage : assembled.stages()) {
      System.out.printf(
          Locale.ROOT,
          "%-20s %,14d %9.2f %,14.0f%n",
          stage.stage(),
          stage.rows(),
          stage.seconds(),
          stage.rowsPerSecond());
    }
    System.out.printf(
        Locale.ROOT,
        "account table rows %,d, computed columns %d%n",
        assembled.accounts(),
        assembled.computed().size());
    System.out.printf(
        Locale.ROOT,
        "total assembly, s            %.2f   target < 60 %s%n",
        total,
        total < 60 ? "PASS" : "FAIL");
    double peak = peakHeapMiB();
    System.out.printf(
        Locale.ROOT,
        "peak heap (pool peaks), MiB  %.1f   target <= 2048 %s%n",
        peak,
        peak <= 2048 ? "PASS" : "FAIL");
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double peakHeapMiB() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1048576.0;
  }
}
