#!/usr/bin/env bash
# Batch-scoring benchmark: `icp score` (BatchScorer, CSV out, formula cells neutralised) against
# the engine's plain CSV-to-CSV copy of the same messy bench file, on 1M and 5M rows, with a model
# derived from a 200k-row file of the same generator; plus the fit score's in-memory scoring speed.
# Three sides per repeat, each in a fresh engine: the bare copy (baseline), icp score, and the
# ceiling: the bare copy that also writes columns shaped like icp score's (same names and types,
# texts of the mean length measured in icp score's output of the same file), i.e. what writing
# the wider output costs with no scoring. The table prints icp score's ratio against the bare copy
# and against the ceiling, by wall and by CPU time, and peak heap and RSS per side.
#
#   bench/run-score.sh                         # 1M and 5M rows, warm-up on 200k, median of 3
#   ROWS="1000000 2000000" bench/run-score.sh  # other sizes
#   ROWS=1000000 REPEATS=1 bench/run-score.sh  # quicker
#   FORMULAS_KEPT=1 bench/run-score.sh         # plus runs that keep formula cells (~18 min)
#
# Settings (environment): ROWS ("1000000 5000000"), TRAIN_ROWS (200000; the model's file, also
# the warm-up), REPEATS (3), HEAP (1g), MEMORY_LIMIT (engine memory_limit of every side; default
# icp score's on this machine: a third of the memory, at most 2 GB per core, at least 1 GB),
# FORMULAS_KEPT (0; 1 adds a third run to each repeat that keeps formula-like cells, to show what
# neutralising them costs: about 5 more minutes), SKIP_BUILD (0). The files are written once into
# icp-bench/target/bench-cache (5M rows: 1.5 GB); the figures go to stdout and to
# icp-bench/target/bench-results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a sizes <<< "${ROWS:-1000000 5000000}"
sizes=("${sizes[@]//[,_]/}")
train_rows="${TRAIN_ROWS:-200000}"
train_rows="${train_rows//[,_]/}"
repeats="${REPEATS:-3}"
heap="${HEAP:-1g}"
memory_limit="${MEMORY_LIMIT:-}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

# the files are written by a separate JVM, so that writing them never counts in the measured heap
java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.BenchFiles \
  "$cache" "$train_rows" "${sizes[@]}" >&2

args=("--train=$cache/bench-$train_rows.csv" "--warmup=$cache/bench-$train_rows.csv"
  "--repeats=$repeats")
[[ -n "$memory_limit" ]] && args+=("--memory-limit=$memory_limit")
[[ "${FORMULAS_KEPT:-0}" == 1 ]] && args+=("--formulas-kept")
for rows in "${sizes[@]}"; do
  args+=("$cache/bench-$rows.csv")
done
if [[ "${PARQUET:-0}" == 1 ]]; then
  java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.BenchFiles \
    "$cache" "${sizes[@]/%/p}" >&2
  for rows in "${sizes[@]}"; do
    args+=("$cache/bench-$rows.parquet")
  done
fi

log="$results/score-$(IFS=-; echo "${sizes[*]}")-$(date +%Y%m%d-%H%M%S).txt"
java "-Xmx$heap" -Djava.io.tmpdir="$target/tmp" -cp "$jar" \
  org.icpengine.bench.ScoreThroughputBenchmark "${args[@]}" | tee "$log"
echo "figures saved to $log" >&2
