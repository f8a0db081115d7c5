package org.icpengine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.core.drift.BinnedAttribute;
import org.icpengine.core.drift.DriftRule;
import org.icpengine.core.drift.PopulationDrift;
import org.icpengine.core.drift.TraitShift.Change;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Proportions;

/**
 * Calibrates the drift alarm ({@code core.drift}) on simulated bin counts: a reference of {@value
 * #REFERENCE} accounts (a typical derive) against current samples of 100 to 100,000 accounts, over
 * a family shaped like {@code icp drift}'s — eight model attributes with realistic bins (a small
 * "unknown" bin, rare levels down to 1 %) plus the tier mix and the score deciles. Without drift
 * every sample comes from the reference's shares; the false-alarm rate is the share of runs with
 * any alarm. With a planted shift, one attribute's mix moves by 10 points (a four-level category;
 * and, harder, an even yes/no attribute going 50/50 → 60/40); the detection rate is the share of
 * runs that raise the alarm on that attribute. "A trait's effect halved" changes outcomes, not the
 * mix: it is simulated on the trait's counts ({@link TraitDecayDraws}) and judged by "what changed"
 * ({@code TraitShift}). Targets: false alarms at most 5 % at every size, detection at least 80 % at
 * 1,000 accounts.
 *
 * <p>Arguments: {@code [--runs=N] [--seed=N]}. Exit codes: 0 measured, 2 usage.
 */
public final class DriftCalibrationBenchmark {
  static final int REFERENCE = 10_000;
  static final int[] SIZES = {100, 300, 1_000, 3_000, 10_000, 30_000, 100_000};

  /** The family's shares: eight attributes, then the tier mix and the score deciles. */
  static final double[][] SHARES = {
    {0.03, 0.40, 0.35, 0.22},
    {0.5, 0.5},
    {0.05, 0.30, 0.25, 0.15, 0.12, 0.08, 0.05},
    {0.10, 0.90},
    {0.02, 0.20, 0.20, 0.20, 0.20, 0.17, 0.01},
    {0.60, 0.25, 0.10, 0.05},
    {0.08, 0.46, 0.46},
    {0.01, 0.33, 0.33, 0.33},
    {0.10, 0.20, 0.30, 0.35, 0.05},
    {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
  };

  private DriftCalibrationBenchmark() {}

  /** Runs the benchmark and exits with its code. */
  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    int runs = 1_000;
    long seed = 42;
    for (String arg : args) {
      if (arg.startsWith("--runs=")) {
        runs = Integer.parseInt(arg.substring("--runs=".length()).replace("_", ""));
      } else if (arg.startsWith("--seed=")) {
        seed = Long.parseLong(arg.substring("--seed=".length()));
      } else {
        System.err.println("usage: DriftCalibrationBenchmark [--runs=N] [--seed=N]");
        System.exit(2);
      }
    }
    run(runs, seed, System.out);
    System.exit(0);
  }

  static void run(int runs, long seed, PrintStream out) {
    out.printf(
        "Drift alarm calibration: reference %,d accounts, family of %d tests (8 attributes, tier"
            + " mix, score deciles), alarm when q < %s and (PSI >= %s or JS >= %s), %,d runs"
            + " per size, seed %d%n%n",
        REFERENCE,
        SHARES.length,
        DriftRule.Q_LEVEL,
        DriftRule.MATERIAL_PSI,
        DriftRule.MATERIAL_JS,
        runs,
        seed);
    out.printf(
        "%8s %6s  %-22s  %-22s  %-22s%n",
        "accounts",
        "runs",
        "false alarms (95% CI)",
        "4-level +10 pt found",
        "yes/no 50→60 % found");
    double worstFalse = 0;
    double detectionAt1000 = Double.NaN;
    for (int size : SIZES) {
      long started = System.nanoTime();
      int falseAlarms = count(runs, size, -1, seed);
      int fourLevel = count(runs, size, 0, seed + 1);
      int yesNo = count(runs, size, 1, seed + 2);
      worstFalse = Math.max(worstFalse, (double) falseAlarms / runs);
      if (size == 1_000) {
        detectionAt1000 = (double) fourLevel / runs;
      }
      out.printf(
          "%,8d %6d  %-22s  %-22s  %-22s  (%.1f s)%n",
          size,
          runs,
          rate(falseAlarms, runs),
          rate(fourLevel, runs),
          rate(yesNo, runs),
          (System.nanoTime() - started) / 1e9);
    }
    double halvedAt1000 = traitEffectHalved(runs, seed, out);
    out.printf(
        "%nworst false-alarm rate %.1f %% (target <= 5 %%): %s; detection of a 10-point shift at"
            + " 1,000 accounts %.1f %% (target >= 80 %%): %s%n",
        100 * worstFalse,
        worstFalse <= 0.05 ? "PASS" : "FAIL",
        100 * detectionAt1000,
        detectionAt1000 >= 0.8 ? "PASS" : "FAIL");
    out.printf(
        "detection of a trait's effect halved at 1,000 accounts %.1f %% (target >= 80 %%): %s%n",
        100 * halvedAt1000, halvedAt1000 >= 0.8 ? "PASS" : "FAIL");
  }

  /**
   * Prints, per size, how often "what changed" calls an unchanged trait changed and how often it
   * finds the trait's effect halved (weakened); returns the detection rate at 1,000 accounts.
   */
  static double traitEffectHalved(int runs, long seed, PrintStream out) {
    out.printf(
        "%nA trait's effect halved (a fifth of the accounts; log-odds +%.1f → +%.1f, lift 3.0 →"
            + " 1.9), reference %,d accounts:%n%8s %6s  %-22s  %-22s%n",
        TraitDecayDraws.EFFECT,
        TraitDecayDraws.EFFECT / 2,
        REFERENCE,
        "accounts",
        "runs",
        "unchanged, called changed",
        "halved, found weakened");
    double at1000 = Double.NaN;
    for (int size : SIZES) {
      TraitDecayDraws draws = new TraitDecayDraws(seed * 7_919L + size);
      int changed = 0;
      int found = 0;
      for (int run = 0; run < runs; run++) {
        changed += draws.judge(REFERENCE, size, TraitDecayDraws.EFFECT) == Change.HELD ? 0 : 1;
        found +=
            draws.judge(REFERENCE, size, TraitDecayDraws.EFFECT / 2) == Change.WEAKENED ? 1 : 0;
      }
      if (size == 1_000) {
        at1000 = (double) found / runs;
      }
      out.printf("%,8d %6d  %-25s  %-22s%n", size, runs, rate(changed, runs), rate(found, runs));
    }
    return at1000;
  }

  /**
   * Counts the runs that alarm: on any test without a planted shift ({@code planted} −1), or on the
   * planted attribute.
   */
  private static int count(int runs, int size, int planted, long seed) {
    BinDraws draws = new BinDraws(seed * 1_000_003L + size);
    int alarms = 0;
    for (int run = 0; run < runs; run++) {
      List<BinnedAttribute> family = new ArrayList<>();
      for (int a = 0; a < SHARES.length; a++) {
        double[] current = a == planted ? shifted(SHARES[a]) : SHARES[a];
        List<String> bins = new ArrayList<>();
        for (int b = 0; b < SHARES[a].length; b++) {
          bins.add("bin " + b);
        }
        family.add(
            new BinnedAttribute(
                "a" + a, bins, draws.draw(SHARES[a], REFERENCE), draws.draw(current, size)));
      }
      PopulationDrift drift = PopulationDrift.of(family, run);
      boolean alarm = planted < 0 ? drift.alarm() : drift.attributes().get(planted).alarm();
      alarms += alarm ? 1 : 0;
    }
    return alarms;
  }

  /** Moves 10 points from the largest bin to the next one. */
  static double[] shifted(double[] shares) {
    double[] moved = shares.clone();
    int largest = 0;
    for (int b = 1; b < moved.length; b++) {
      if (moved[b] > moved[largest]) {
        largest = b;
      }
    }
    moved[largest] -= 0.10;
    moved[(largest + 1) % moved.length] += 0.10;
    return moved;
  }

  private static String rate(int hits, int runs) {
    Interval ci = Proportions.wilson(hits, runs);
    return String.format(
        "%5.1f %% (%.1f–%.1f)", 100.0 * hits / runs, 100 * ci.low(), 100 * ci.high());
  }
}
