/**
 * End-to-end benchmarks of ICP Engine on generated messy files; never run by {@code verify}. Start
 * from {@link org.icpengine.bench.EndToEndBenchmark}, which times the embedded engine's bare CSV
 * read against reading, cleaning, profiling and cohorts, and reports the peak Java heap; {@link
 * org.icpengine.bench.BenchFiles} writes and caches the input files. {@link
 * org.icpengine.bench.ScoreQualityBenchmark} compares the fit score's held-out AUC with XGBoost and
 * logistic regression; {@link org.icpengine.bench.ScoreThroughputBenchmark} times batch scoring
 * against the engine's CSV copy; {@link org.icpengine.bench.ServerBenchmark} loads a running server
 * over HTTP (open-loop latency at a fixed rate, closed-loop ceiling, batch scoring against the
 * CLI).
 */
package org.icpengine.bench;
