package org.icpengine.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.data.funnel.Funnel;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelOptions;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;

/**
 * Times the funnel by ICP tier ({@link Funnel#run(LinkedSources, ScoreModel, FunnelOptions)}) on N
 * accounts and 3N opportunities generated straight into the {@code linked_*} relations (no file
 * reading or linking timed), with a model derived beforehand from a 20,000-account file of the same
 * generator (not timed). The cut is tier × channel (so tier, channel and both), cohorts by month,
 * the forecast and a 20 % shift scenario. No spend, so no CAC (which would add the account table's
 * assembly). Prints seconds, the process's CPU seconds and the load average beside them. Target
 * (issue 16): 3M opportunities in under 20 s on 2 cores.
 */
public final class FunnelBenchmark {
  private static final int TRAIN_ACCOUNTS = 20_000;
  private static final String CHANNELS = "['Paid Search', 'Events', 'Referral', 'Content', 'Ads']";
  private static final String IDEAL = "ltv >= quantile_cont(ltv, 0.75) OVER ()";

  private FunnelBenchmark() {}

  /** Arguments: cache folder, accounts (default 1,000,000), engine memory limit (4GB), seed. */
  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args.length > 0 ? args[0] : "target/bench-cache");
    long accounts = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000;
    String memory = args.length > 2 ? args[2] : "4GB";
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    long start = System.nanoTime();
    ScoreModel model = model(Files.createDirectories(cache), memory, seed);
    System.out.printf(
        Locale.ROOT, "model derived in, s          %.2f (not counted)%n", Seconds.since(start));
    try (Engine engine = Engine.open(memory)) {
      start = System.nanoTime();
      Map<SourceKind, LinkedTable> tables = generate(engine, accounts, seed);
      System.out.printf(
          Locale.ROOT, "generated in the engine, s    %.2f (not counted)%n", Seconds.since(start));
      LinkedSources linked =
          new LinkedSources(
              engine,
              tables,
              List.of("industry", "employees", "region"),
              Optional.of(LocalDate.parse("2024-12-31")));
      FunnelOptions options =
          FunnelOptions.builder()
              .by(List.of(FunnelDimension.TIER, FunnelDimension.CHANNEL))
              .shift(20)
              .build();
      double loadBefore = load();
      long cpu = cpuNanos();
      start = System.nanoTime();
      FunnelReport report = Funnel.run(linked, model, options);
      double seconds = Seconds.since(start);
      print(tables, report, seconds, (cpuNanos() - cpu) / 1e9, loadBefore, engine);
    }
  }

  private static ScoreModel model(Path cache, String memory, long seed) {
    Path train = cache.resolve("funnel-train-" + TRAIN_ACCOUNTS + ".csv");
    try (Engine engine = Engine.open(memory)) {
      engine.execute("CREATE TABLE a AS " + accountsSql(TRAIN_ACCOUNTS, seed + 1));
      engine.copy(
          "SELECT account_key, industry, employees, region, (CASE WHEN industry = 'Software' THEN"
              + " 3000 ELSE 0 END + CASE WHEN employees::INTEGER > 1000 THEN 2000 ELSE 0 END +"
              + " hash(account_key, 7) % 4000)::DOUBLE AS ltv FROM a",
          "(FORMAT csv, HEADER true)", train);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (Engine engine = Engine.open(memory, EngineAccess.reading(train))) {
      Dataset dataset = Dataset.open(engine, train, DatasetOptions.defaults());
      DeriveOptions d = DeriveOptions.defaults();
      DeriveOptions options =
          new DeriveOptions(
              Optional.of(IDEAL), d.excluded(), d.reincluded(), d.maxDepth(), d.seed(), d.fit());
      return Derivation.derive(dataset, train, options, Clock.systemUTC()).fit().model();
    }
  }

  private static String accountsSql(long n, long seed) {
    String h = "hash(i, " + seed + ", ";
    return "SELECT 'A' || i AS account_key, ['Software', 'Retail', 'Finance', 'Health',"
        + " 'Manufacturing'][1 + ("
        + h
        + "1) % 5)::INTEGER] AS industry, CAST((10 + "
        + h
        + "2) % 5000) AS VARCHAR) AS employees, ['North', 'South', 'East', 'West'][1 + ("
        + h
        + "3) % 4)::INTEGER] AS region FROM range("
        + n
        + ") t(i)";
  }

  private static Map<SourceKind, LinkedTable> generate(Engine engine, long n, long seed) {
    Map<SourceKind, LinkedTable> tables = new EnumMap<>(SourceKind.class);
    create(
        engine, tables, SourceKind.ACCOUNTS, Set.of(SourceRole.ACCOUNT_ID), accountsSql(n, seed));
    String h = "hash(i, " + seed + ", ";
    String win =
        "0.25 + CASE WHEN a.industry = 'Software' THEN 0.3 ELSE 0 END + CASE WHEN"
            + " a.employees::INTEGER > 1000 THEN 0.15 ELSE 0 END";
    create(
        engine,
        tables,
        SourceKind.OPPORTUNITIES,
        EnumSet.of(
            SourceRole.OPPORTUNITY_ID,
            SourceRole.STAGE,
            SourceRole.CREATED_DATE,
            SourceRole.CLOSE_DATE,
            SourceRole.AMOUNT,
            SourceRole.CHANNEL),
        "SELECT o.*, CASE WHEN stage = 'Closed Won' THEN 'won' WHEN stage = 'Closed Lost' THEN"
            + " 'lost' ELSE 'open' END AS stage_outcome FROM (SELECT 'O' || i AS opportunity_id,"
            + " a.account_key, CASE WHEN u < 0.15 THEN ['Prospecting', 'Qualification',"
            + " 'Proposal', 'Negotiation'][1 + ("
            + h
            + "11) % 4)::INTEGER] WHEN (u - 0.15) / 0.85 < "
            + win
            + " THEN 'Closed Won' ELSE 'Closed Lost' END AS stage, DATE '2021-01-01' + ("
            + h
            + "12) % 1460)::INTEGER AS created_date, CASE WHEN u >= 0.15 THEN created_date + (5 + "
            + h
            + "13) % 200)::INTEGER END AS close_date, (500 + "
            + h
            + "14) % 50000)::DOUBLE AS amount, "
            + CHANNELS
            + "[1 + ("
            + h
            + "15) % 5)::INTEGER] AS channel FROM (SELECT i, ("
            + h
            + "16) % 1000000) / 1e6 AS u, 'A' || ("
            + h
            + "10) % "
            + n
            + ") AS k FROM range("
            + 3 * n
            + ") t(i)) JOIN "
            + LinkedTable.relationName(SourceKind.ACCOUNTS)
            + " a ON a.account_key = k) o");
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
      FunnelReport report,
      double seconds,
      double cpu,
      double loadBefore,
      Engine engine) {
    for (LinkedTable table : tables.values()) {
      System.out.printf(Locale.ROOT, "%-28s %,14d rows%n", table.relation(), table.rows());
    }
    System.out.printf(
        Locale.ROOT,
        "funnel: %,d opportunities, tiers %s, %d groups, %d cohort rows, %d missed listed%n",
        report.opportunities(),
        report.tiers(),
        report.groups().size(),
        report.cohorts().size(),
        report.missed().size());
    System.out.println("finding: " + report.notes().get(0));
    System.out.printf(
        Locale.ROOT,
        "funnel, s                    %.2f   target < 20 %s%n",
        seconds,
        seconds < 20 ? "PASS" : "FAIL");
    System.out.printf(
        Locale.ROOT,
        "process CPU during the funnel, s %.2f (engine threads %s)%n",
        cpu,
        engine.queryOne("SELECT current_setting('threads')", r -> r.getString(1)));
    System.out.printf(
        Locale.ROOT,
        "load average (1 min) before %.2f, after %.2f, on %d processors%n",
        loadBefore,
        load(),
        Runtime.getRuntime().availableProcessors());
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
