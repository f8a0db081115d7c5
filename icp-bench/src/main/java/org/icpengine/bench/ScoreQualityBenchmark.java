package org.icpengine.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the fit score's ranking quality with challengers on held-out rows: the whole-point
 * score, the model before rounding, the weight-of-evidence scorecard, XGBoost and L2 logistic
 * regression, each dataset with one stratified 30 % split (seed 42) shared by every model; then the
 * product as derive trains it on the same split — the fit score without behavioural columns, the
 * engagement score and the priority — and, on the generated sample, the {@link PlantedOracle}.
 * Targets: the priority's AUC at most 0.005 below the better of XGBoost and logistic regression;
 * the fit score alone at least 0.985 × the planted oracle's AUC.
 *
 * <p>Arguments: {@code [--shared=DIR] [--cache=DIR] [--sample-rows=N]}; {@code DIR} defaults to
 * {@code ../shared} (public datasets, skipped with a message when absent) and {@code
 * icp-bench/target/bench-cache} (the generated sample). Exit codes: 0 measured, 1 failed, 2 usage.
 */
public final class ScoreQualityBenchmark {
  /** The most the fit score's AUC may fall below the best challenger's. */
  static final double MAX_SHORTFALL = 0.005;

  /** The least share of the planted oracle's AUC the fit score alone must reach. */
  static final double MIN_ORACLE_RATIO = 0.985;

  private ScoreQualityBenchmark() {}

  /** Runs the benchmark and exits with its code. */
  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    Path shared = Path.of("../shared");
    Path cache = Path.of("icp-bench/target/bench-cache");
    int sampleRows = 20_000;
    for (String arg : args) {
      if (arg.startsWith("--shared=")) {
        shared = Path.of(arg.substring("--shared=".length()));
      } else if (arg.startsWith("--cache=")) {
        cache = Path.of(arg.substring("--cache=".length()));
      } else if (arg.startsWith("--sample-rows=")) {
        sampleRows = Integer.parseInt(arg.substring("--sample-rows=".length()).replace("_", ""));
      } else {
        System.err.println(
            "usage: ScoreQualityBenchmark [--shared=DIR] [--cache=DIR]" + " [--sample-rows=N]");
        System.exit(2);
      }
    }
    System.exit(run(shared, cache, sampleRows, System.out));
  }

  private static int run(Path shared, Path cache, int sampleRows, PrintStream out)
      throws Exception {
    printHeader(out);
    List<QualitySource> sources = new ArrayList<>();
    if (Files.isDirectory(shared)) {
      sources.addAll(QualitySource.shared(shared));
    } else {
      out.printf(
          "%nskipped: X Education leads, IBM Telco churn — %s is absent (the public datasets live"
              + " in the workspace's shared folder; pass --shared=DIR)%n",
          shared.toAbsolutePath().normalize());
    }
    sources.add(QualitySource.sample(cache, sampleRows));
    List<QualityRun.Result> results = new ArrayList<>();
    for (QualitySource source : sources) {
      if (!Files.isRegularFile(source.file())) {
        out.printf("%nskipped: %s — %s not found%n", source.name(), source.file());
        continue;
      }
      try {
        QualityRun.Result result = QualityRun.run(source);
        QualityTable.printDataset(result, out);
        results.add(result);
      } catch (RuntimeException e) {
        out.printf("%nfailed: %s — %s%n", source.name(), e);
        e.printStackTrace(out);
        return 1;
      }
    }
    QualityTable.printSummary(results, out);
    QualityTable.printPrioritySummary(results, out);
    return 0;
  }

  private static void printHeader(PrintStream out) {
    out.printf(
        "ICP Engine score-quality benchmark: held-out AUC of the fit score and challengers%n");
    out.printf(
        "machine  %d cores, load average %.2f; JVM %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.vm.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.printf(
        "method   stratified %.0f %% held out, seed %d, the same rows for every model; XGBoost"
            + " stops early and LR picks λ on one stratified %.0f %% slice of the training rows%n",
        100 * QualityRun.HOLDOUT, QualityRun.SEED, 100 * QualityRun.VALIDATION);
    out.printf(
        "product  fit score as derived (no behavioural column, unknowns worth 0 unless confirmed,"
            + " readable ranges, whole points), engagement score and priority (fit and engagement"
            + " attributes together, up to 10 pairs), trained by FitTraining on the same split%n");
    out.printf(
        "models   fit score: EBM defaults (seed 42, 2 threads), behavioural columns in the fit"
            + " score; XGBoost4J 3.0.4 %s, up to %d rounds, patience %d; LR: one-hot +"
            + " standardised numbers + missing indicators, L2 λ in %s%n",
        XgboostChallenger.parameters(QualityRun.SEED),
        XgboostChallenger.ROUNDS,
        XgboostChallenger.PATIENCE,
        java.util.Arrays.toString(RidgeLogistic.PENALTIES));
  }
}
