package org.icpengine.spark;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Scores a file of accounts on Spark: {@code spark-submit --class org.icpengine.spark.ScoreJob
 * icp-spark.jar --icp icp.json --in PATH --out PATH [--format parquet|csv] [--market]}; with {@code
 * --market} a scored row with a value outside the training support gets status {@code
 * outside_support}. The input is read as Parquet, or as CSV with a header when its name ends in
 * {@code .csv} (or {@code --in-format csv}); the output is the input's columns and the score
 * columns, in a new folder. Any path Spark reads works (local, {@code hdfs://}, {@code s3a://});
 * icp.json is read on the driver from a local path. Without {@code spark-submit}, {@code --master}
 * (default {@code local[*]}) names the cluster.
 */
public final class ScoreJob {
  private ScoreJob() {}

  /**
   * The job's options.
   *
   * @param icp the icp.json
   * @param in the input path
   * @param out the output folder, which must not exist
   * @param inFormat parquet or csv
   * @param format the output's format, parquet or csv
   * @param master the Spark master, or null to take spark-submit's
   * @param market whether to flag rows outside the training support, as {@code icp score --market}
   */
  record Options(
      Path icp,
      String in,
      String out,
      String inFormat,
      String format,
      String master,
      boolean market) {
    /** Parses the arguments; IllegalArgumentException names what is wrong. */
    static Options parse(String... args) {
      java.util.Map<String, String> given = new java.util.HashMap<>();
      boolean market = false;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--market")) {
          market = true;
          continue;
        }
        if (!java.util.Set.of("--icp", "--in", "--out", "--format", "--in-format", "--master")
            .contains(name)) {
          throw new IllegalArgumentException("unknown option " + name + ": " + USAGE);
        }
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(name + " needs a value: " + USAGE);
        }
        given.put(name, args[++i]);
      }
      for (String required : new String[] {"--icp", "--in", "--out"}) {
        if (!given.containsKey(required)) {
          throw new IllegalArgumentException("missing " + required + ": " + USAGE);
        }
      }
      String in = given.get("--in");
      String inFormat =
          given.getOrDefault(
              "--in-format",
              in.toLowerCase(Locale.ROOT).matches(".*\\.csv(\\.gz)?$") ? "csv" : "parquet");
      return new Options(
          Path.of(given.get("--icp")),
          in,
          given.get("--out"),
          format(inFormat, "--in-format"),
          format(given.getOrDefault("--format", "parquet"), "--format"),
          given.get("--master"),
          market);
    }

    private static String format(String value, String option) {
      if (!value.equals("parquet") && !value.equals("csv")) {
        throw new IllegalArgumentException(option + " must be parquet or csv, not " + value);
      }
      return value;
    }
  }

  static final String USAGE =
      "usage: ScoreJob --icp icp.json --in PATH --out PATH [--format parquet|csv]"
          + " [--in-format parquet|csv] [--master URL] [--market]";

  /** Runs the job; exits 2 with one line on a bad option, model or path. */
  public static void main(String[] args) {
    Options options;
    IcpModel model;
    try {
      options = Options.parse(args);
      model = IcpModel.read(options.icp());
    } catch (IllegalArgumentException e) {
      System.err.println("icp-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("icp score");
    if (options.master() != null) {
      builder.master(options.master());
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    int status = 0;
    try {
      run(spark, model, options);
    } catch (Exception e) {
      // a missing input, an output that exists: Spark's analysis errors are the user's to fix
      boolean analysis = e instanceof org.apache.spark.sql.AnalysisException;
      String message =
          analysis
              ? ((org.apache.spark.sql.AnalysisException) e).getSimpleMessage()
              : String.valueOf(e.getMessage());
      System.err.println("icp-spark: " + message.lines().findFirst().orElse(""));
      status = analysis ? 2 : 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Reads, scores and writes. */
  static void run(SparkSession spark, IcpModel model, Options options) {
    DataFrameReader reader = spark.read();
    Dataset<Row> rows =
        options.inFormat().equals("csv")
            ? reader.option("header", "true").option("inferSchema", "false").csv(options.in())
            : reader.parquet(options.in());
    Dataset<Row> scored = new ScoreColumns(model, options.market()).score(rows);
    var writer = scored.write().mode(SaveMode.ErrorIfExists);
    if (options.format().equals("csv")) {
      writer.option("header", "true").csv(options.out());
    } else {
      writer.parquet(options.out());
    }
  }
}
