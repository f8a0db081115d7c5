/**
 * End-to-end benchmarks of ICP Engine on generated messy files; never run by {@code verify}. Start
 * from {@link org.icpengine.bench.EndToEndBenchmark}, which times the embedded engine's bare CSV
 * read against reading, cleaning, profiling and cohorts, and reports the peak Java heap; {@link
 * org.icpengine.bench.BenchFiles} writes and caches the input files.
 */
package org.icpengine.bench;
