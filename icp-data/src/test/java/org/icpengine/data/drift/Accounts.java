package org.icpengine.data.drift;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpJson;

/**
 * Generated account files with a planted ICP: Fintech and larger companies win more often; region
 * has no effect unless a test plants one.
 */
final class Accounts {
  static final String[] INDUSTRIES = {"Fintech", "Retail", "Health", "Manufacturing"};
  static final double[] INDUSTRY_MIX = {0.2, 0.3, 0.25, 0.25};
  static final String[] REGIONS = {"EMEA", "North America", "APAC", "LATAM"};

  private Accounts() {}

  /** The planted effect of Fintech on the log-odds of winning. */
  static final double FINTECH = 1.6;

  /** The true probability of winning, Fintech adding {@code fintech} to the log-odds. */
  static double truth(String industry, int employees, double fintech) {
    double logit = -1.6 + (industry.equals("Fintech") ? fintech : 0) + (employees > 200 ? 1.0 : 0);
    return 1 / (1 + Math.exp(-logit));
  }

  /**
   * Writes {@code rows} accounts per region, with the given industry mix; {@code won} turns the
   * true probability into the one used in a region (identity where absent).
   */
  static Path write(
      Path dir,
      String name,
      Map<String, Integer> rowsPerRegion,
      double[] industryMix,
      Map<String, DoubleUnaryOperator> won,
      long seed) {
    return write(dir, name, rowsPerRegion, industryMix, won, FINTECH, seed);
  }

  /** As above, with Fintech's effect on the log-odds given. */
  static Path write(
      Path dir,
      String name,
      Map<String, Integer> rowsPerRegion,
      double[] industryMix,
      Map<String, DoubleUnaryOperator> won,
      double fintech,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>();
    lines.add("account_id,employees,industry,region,won");
    int id = 0;
    for (Map.Entry<String, Integer> region : rowsPerRegion.entrySet()) {
      for (int i = 0; i < region.getValue(); i++) {
        int employees = (int) Math.round(Math.exp(2 + 5 * random.nextDouble()));
        String industry = pick(INDUSTRIES, industryMix, random.nextDouble());
        double p =
            won.getOrDefault(region.getKey(), q -> q)
                .applyAsDouble(truth(industry, employees, fintech));
        lines.add(
            String.format(
                Locale.ROOT,
                "A%05d,%d,%s,%s,%s",
                id++,
                employees,
                industry,
                region.getKey(),
                random.nextDouble() < p ? "yes" : "no"));
      }
    }
    return Fixtures.lines(dir, name, lines);
  }

  /** Writes {@code rows} accounts spread evenly over the regions, no region effect. */
  static Path write(Path dir, String name, int rows, double[] industryMix, long seed) {
    Map<String, Integer> perRegion = new java.util.LinkedHashMap<>();
    for (String region : REGIONS) {
      perRegion.put(region, rows / REGIONS.length);
    }
    return write(dir, name, perRegion, industryMix, Map.of(), seed);
  }

  /** Derives the ICP of a file into {@code dir/icp.json} and returns the folder. */
  static Path derive(Path file, Path dir) throws java.io.IOException {
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset = Dataset.open(engine, file, DatasetOptions.defaults());
      IcpJson.write(
          Derivation.derive(
              dataset,
              file,
              new DeriveOptions(
                  java.util.Optional.empty(),
                  java.util.Set.of(),
                  java.util.Set.of(),
                  1,
                  42,
                  org.icpengine.data.fit.FitOptions.defaults()),
              Clock.systemUTC()),
          dir.resolve("icp.json"));
    }
    return dir;
  }

  private static String pick(String[] values, double[] shares, double u) {
    for (int i = 0; i < values.length - 1; i++) {
      if (u < shares[i]) {
        return values[i];
      }
      u -= shares[i];
    }
    return values[values.length - 1];
  }
}
