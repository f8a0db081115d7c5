/**
 * Scores a file of accounts on Apache Spark with an icp.json: the model compiled to native Spark
 * SQL column expressions ({@link org.icpengine.spark.ScoreColumns}), giving the same points, tier,
 * status, coverage and reasons as {@code icp score}, and the {@link org.icpengine.spark.ScoreJob}
 * for {@code spark-submit}. Only {@link org.icpengine.spark.IcpModel} reads the model's classes.
 */
package org.icpengine.spark;
