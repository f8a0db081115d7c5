package org.icpengine.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Account files with a planted ICP, for drift tests: Fintech and larger companies win more often;
 * the industry mix is the test's to move (drift checks, the scheduler).
 */
public final class PlantedAccounts {
  /** The industries. */
  public static final String[] INDUSTRIES = {"Fintech", "Retail", "Health", "Manufacturing"};

  /** The reference mix: a fifth Fintech. */
  public static final double[] MIX = {0.2, 0.3, 0.25, 0.25};

  /** A drifted mix: Fintech up 20 points, Retail down 20. */
  public static final double[] DRIFTED = {0.4, 0.1, 0.25, 0.25};

  private PlantedAccounts() {}

  /** Writes {@code rows} accounts with the industry mix, seeded. */
  public static Path write(Path dir, String name, int rows, double[] mix, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>();
    lines.add("account_id,employees,industry,region,won");
    String[] regions = {"EMEA", "North America", "APAC", "LATAM"};
    for (int i = 0; i < rows; i++) {
      int employees = (int) Math.round(Math.exp(2 + 5 * random.nextDouble()));
      String industry = pick(mix, random.nextDouble());
      double logit = -1.6 + (industry.equals("Fintech") ? 1.6 : 0) + (employees > 200 ? 1.0 : 0);
      double p = 1 / (1 + Math.exp(-logit));
      lines.add(
          String.format(
              Locale.ROOT,
              "A%05d,%d,%s,%s,%s",
              i,
              employees,
              industry,
              regions[i % regions.length],
              random.nextDouble() < p ? "yes" : "no"));
    }
    try {
      return Files.write(dir.resolve(name), lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pick(double[] shares, double u) {
    for (int i = 0; i < shares.length - 1; i++) {
      if (u < shares[i]) {
        return INDUSTRIES[i];
      }
      u -= shares[i];
    }
    return INDUSTRIES[INDUSTRIES.length - 1];
  }
}
