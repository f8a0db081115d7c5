package org.icpengine.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.matching.DomainSql;
import org.icpengine.data.matching.EntityMatcher;
import org.icpengine.data.matching.Link;
import org.icpengine.data.matching.MatchBand;
import org.icpengine.data.matching.MatchThresholds;
import org.icpengine.data.matching.Party;
import org.icpengine.sample.enrichment.EnrichmentCompany;
import org.icpengine.sample.enrichment.EnrichmentRow;
import org.icpengine.sample.enrichment.EnrichmentSample;
import org.icpengine.sample.enrichment.SyntheticCompanies;
import org.icpengine.sample.linked.LinkedSample;

/**
 * Entity resolution (issue 15). Quality: the linked sample's 2,000 accounts against a generated
 * enrichment file of 2,000 rows with known truth: precision and recall of the certain + likely
 * links, the review share, and F1 beside a plain Jaro-Winkler (≥ 0.9, all pairs, best account) on
 * the same rows. Speed: N synthetic accounts (default 1,000,000) against N / 10 generated rows by
 * name only, then by domain only inside the engine (web addresses folded to registrable domains
 * by {@link DomainSql}'s join on the public suffix list, then joined) beside a bare hash join of
 * the same domains already clean, in the same engine. Prints seconds, the
 * process's CPU seconds and the load average. Targets: precision ≥ 0.99, recall ≥ 0.95, review
 * under 3 %; 100,000 rows against 1,000,000 accounts by name under 60 s on 2 cores.
 */
public final class EnrichmentBenchmark {
  private EnrichmentBenchmark() {}

  /** Arguments: accounts for the speed run (default 1,000,000), seed (7). */
  public static void main(String[] args) {
    int accounts = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    quality(seed);
    speed(accounts, seed);
  }

  private static void quality(long seed) {
    List<EnrichmentCompany> companies =
        LinkedSample.builder().seed(42).accounts(2_000).build().enrichmentCompanies();
    List<EnrichmentRow> rows = EnrichmentSample.draw(companies, 2_000, seed);
    List<Link> links =
        EntityMatcher.of(parties(companies), rowParties(rows, true), MatchThresholds.defaults())
            .links();
    Figures ours = Figures.of(rows, companies, i -> linkedId(links.get(i), companies));
    long review = links.stream().filter(l -> l.band() == MatchBand.REVIEW).count();
    List<String> baseline = jaroWinkler(companies, rows, 0.9);
    Figures jw = Figures.of(rows, companies, baseline::get);
    System.out.printf(
        Locale.ROOT,
        "quality, %,d accounts, %,d rows (%,d about an account)%n",
        companies.size(),
        rows.size(),
        ours.truths());
    System.out.printf(
        Locale.ROOT,
        "  ours (certain + likely): precision %.4f recall %.4f F1 %.4f, review %.2f %% of rows%n",
        ours.precision(),
        ours.recall(),
        ours.f1(),
        100.0 * review / rows.size());
    System.out.printf(
        Locale.ROOT,
        "  plain Jaro-Winkler >= 0.9: precision %.4f recall %.4f F1 %.4f%n",
        jw.precision(),
        jw.recall(),
        jw.f1());
    System.out.printf(Locale.ROOT, "  F1 ratio ours / Jaro-Winkler %.3f%n", ours.f1() / jw.f1());
  }

  private static void speed(int n, long seed) {
    long start = System.nanoTime();
    List<EnrichmentCompany> companies = SyntheticCompanies.draw(n, seed);
    List<EnrichmentRow> rows = EnrichmentSample.draw(companies, n / 10, seed + 1);
    System.out.printf(
        Locale.ROOT,
        "speed, %,d accounts, %,d rows (generated in %.1f s, not counted)%n",
        n,
        rows.size(),
        Seconds.since(start));
    List<Party> accounts = parties(companies);
    double load = load();
    long cpu = cpuNanos();
    start = System.nanoTime();
    // by name alone: the rows have no domain (the engine folds domains; see byDomain)
    List<Link> links =
        EntityMatcher.of(
                accounts,
                java.util.Collections.nCopies(accounts.size(), (String) null),
                rowParties(rows, false),
                java.util.Collections.nCopies(rows.size(), (String) null),
                MatchThresholds.defaults())
            .links();
    double seconds = Seconds.since(start);
    Figures figures = Figures.of(rows, companies, i -> linkedId(links.get(i), companies));
    System.out.printf(
        Locale.ROOT,
        "  by name: %.1f s, CPU %.1f s, load before %.2f after %.2f on %d processors;"
            + " precision %.4f recall %.4f%n",
        seconds,
        (cpuNanos() - cpu) / 1e9,
        load,
        load(),
        Runtime.getRuntime().availableProcessors(),
        figures.precision(),
        figures.recall());
    byDomain(companies, rows);
  }

  /**
   * By domain inside the engine: both sides' addresses folded by {@link DomainSql} and joined where
   * one account has the domain, beside a bare hash join of the same domains already clean.
   */
  private static void byDomain(List<EnrichmentCompany> companies, List<EnrichmentRow> rows) {
    try (Engine engine = Engine.open("3GB")) {
      DomainSql.install(engine);
      load(engine, "bench_accounts", companies.size(), a -> companies.get(a).domain(), a -> null);
      load(
          engine,
          "bench_rows",
          rows.size(),
          r -> truthDomain(rows.get(r), companies),
          r -> cleanDomain(rows.get(r), companies));
      long cpu = cpuNanos();
      long start = System.nanoTime();
      long linked =
          engine.queryOne(
              "WITH a AS ("
                  + DomainSql.keys("bench_accounts")
                  + "), r AS ("
                  + DomainSql.keys("bench_rows")
                  + "), unique_keys AS (SELECT key, min(id) AS account FROM a WHERE key IS NOT NULL"
                  + " GROUP BY key HAVING count(*) = 1)"
                  + " SELECT count(*) FROM r JOIN unique_keys u ON u.key = r.key",
              x -> x.getLong(1));
      double ours = Seconds.since(start);
      double oursCpu = (cpuNanos() - cpu) / 1e9;
      cpu = cpuNanos();
      start = System.nanoTime();
      long joined =
          engine.queryOne(
              "SELECT count(*) FROM bench_rows r JOIN bench_accounts a ON a.address = r.clean",
              x -> x.getLong(1));
      double bare = Seconds.since(start);
      double bareCpu = (cpuNanos() - cpu) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "  by domain in the engine (fold %,d + %,d addresses, join): %.2f s (CPU %.2f s),"
              + " %,d linked; bare hash join of the domains already clean %.2f s (CPU %.2f s,"
              + " %,d); ratio %.1f%n",
          companies.size(),
          rows.size(),
          ours,
          oursCpu,
          linked,
          bare,
          bareCpu,
          joined,
          ours / bare);
    }
  }

  private static void load(
      Engine engine,
      String table,
      int size,
      java.util.function.IntFunction<String> address,
      java.util.function.IntFunction<String> clean) {
    engine.execute("CREATE TABLE " + table + " (id INTEGER, address VARCHAR, clean VARCHAR)");
    try (DuckDBAppender appender =
        engine
            .connection()
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (int i = 0; i < size; i++) {
        appender.beginRow();
        appender.append(i);
        appender.append(address.apply(i));
        appender.append(clean.apply(i));
        appender.endRow();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot load " + table, e);
    }
  }

  private static String cleanDomain(EnrichmentRow row, List<EnrichmentCompany> companies) {
    return truthDomain(row, companies).replace("https://www.", "");
  }

  private static String truthDomain(EnrichmentRow row, List<EnrichmentCompany> companies) {
    if (row.truth() == null) {
      return "www." + row.company().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".net";
    }
    return "https://www." + companies.get(Integer.parseInt(row.truth().substring(1))).domain();
  }

  private static List<Party> parties(List<EnrichmentCompany> companies) {
    List<Party> parties = new ArrayList<>(companies.size());
    companies.forEach(c -> parties.add(new Party(c.name(), c.domain(), c.country(), null)));
    return parties;
  }

  private static List<Party> rowParties(List<EnrichmentRow> rows, boolean withWebsite) {
    List<Party> parties = new ArrayList<>(rows.size());
    rows.forEach(
        r ->
            parties.add(
                new Party(r.company(), withWebsite ? r.website() : null, r.country(), null)));
    return parties;
  }

  private static String linkedId(Link link, List<EnrichmentCompany> companies) {
    return link.linked() ? companies.get(link.account()).id() : null;
  }

  /** Plain Jaro-Winkler of lower-cased names, every pair: each row's best account at or above. */
  private static List<String> jaroWinkler(
      List<EnrichmentCompany> companies, List<EnrichmentRow> rows, double threshold) {
    JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
    List<String> names = companies.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    return rows.parallelStream()
        .map(
            row -> {
              String name = row.company().toLowerCase(Locale.ROOT);
              int best = -1;
              double bestScore = threshold;
              for (int a = 0; a < names.size(); a++) {
                double s = jw.apply(name, names.get(a));
                if (s >= bestScore) {
                  bestScore = s;
                  best = a;
                }
              }
              return best < 0 ? null : companies.get(best).id();
            })
        .toList();
  }

  /** Precision and recall of links against the truth. */
  private record Figures(long linked, long correct, long truths) {
    static Figures of(
        List<EnrichmentRow> rows,
        List<EnrichmentCompany> companies,
        java.util.function.IntFunction<String> found) {
      long linked = 0;
      long correct = 0;
      long truths = 0;
      for (int i = 0; i < rows.size(); i++) {
        String id = found.apply(i);
        linked += id == null ? 0 : 1;
        correct += id != null && id.equals(rows.get(i).truth()) ? 1 : 0;
        truths += rows.get(i).truth() == null ? 0 : 1;
      }
      return new Figures(linked, correct, truths);
    }

    double precision() {
      return linked == 0 ? 0 : (double) correct / linked;
    }

    double recall() {
      return truths == 0 ? 0 : (double) correct / truths;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
