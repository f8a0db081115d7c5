#!/usr/bin/env bash
# End-to-end benchmark: builds icp-bench, writes the messy bench CSV once into a cache under
# icp-bench/target, and runs the benchmark in its own JVM with the heap limit under test.
#
#   bench/run-e2e.sh                      # 1,000,000 rows, warm-up on 100,000, median of 3
#   ROWS=200000 REPEATS=1 bench/run-e2e.sh
#   TRACE=1 bench/run-e2e.sh              # plus a statement-by-statement trace of one run
#
# Settings (environment): ROWS (1000000), WARMUP_ROWS (100000; 0 = no warm-up), REPEATS (3),
# HEAP (1g), MEMORY_LIMIT (engine memory_limit; default a third of RAM), TRACE (0),
# SKIP_BUILD (0). The figures go to stdout and to icp-bench/target/bench-results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${ROWS:-1000000}"
rows="${rows//[,_]/}"
warmup_rows="${WARMUP_ROWS:-100000}"
warmup_rows="${warmup_rows//[,_]/}"
repeats="${REPEATS:-3}"
heap="${HEAP:-1g}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

# the files are written by a separate JVM, so that writing them never counts in the measured heap
sizes=("$rows")
[[ "$warmup_rows" != 0 ]] && sizes+=("$warmup_rows")
java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.BenchFiles \
  "$cache" "${sizes[@]}" >&2

args=("--repeats=$repeats")
[[ "$warmup_rows" != 0 ]] && args+=("--warmup=$cache/bench-$warmup_rows.csv")
[[ -n "${MEMORY_LIMIT:-}" ]] && args+=("--memory-limit=$MEMORY_LIMIT")
[[ "${TRACE:-0}" == 1 ]] && args+=("--trace")
args+=("$cache/bench-$rows.csv")

log="$results/e2e-$rows-$(date +%Y%m%d-%H%M%S).txt"
java "-Xmx$heap" -Djava.io.tmpdir="$target/tmp" -jar "$jar" "${args[@]}" | tee "$log"
echo "figures saved to $log" >&2
