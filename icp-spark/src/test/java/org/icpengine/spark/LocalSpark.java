package org.icpengine.spark;

import org.apache.spark.sql.SparkSession;
import org.icpengine.testkit.Prerequisites;

/** One local Spark session for the module's tests: two threads, no UI, loopback only. */
final class LocalSpark {
  private static SparkSession session;
  private static String failure;

  private LocalSpark() {}

  /** Returns the session, starting it on first use; skips visibly (fails under CI) if it cannot. */
  static synchronized SparkSession get() {
    if (session == null && failure == null) {
      try {
        session =
            SparkSession.builder()
                .appName("icp-spark tests")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
      } catch (RuntimeException | LinkageError e) {
        failure = e.toString();
      }
    }
    Prerequisites.require(session != null, "a local Spark session (" + failure + ")");
    return session;
  }
}
