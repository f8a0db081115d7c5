#!/usr/bin/env bash
# Drift alarm calibration: on simulated bin counts (a reference of 10,000 accounts against current
# samples of 100 to 100,000, a family of eight attributes plus the tier mix and the score deciles),
# the false-alarm rate without drift and the detection rate of a 10-point shift in one attribute's
# mix, and of "a trait's effect halved" (its log-odds effect on being ideal, judged by "what changed").
# Targets: false alarms at most 5 % at every size, detection at least 80 % at 1,000 accounts.
#
#   bench/run-drift.sh
#   RUNS=200 bench/run-drift.sh
#
# Settings (environment): RUNS (1000 per size and case), SEED (42), HEAP (1g), SKIP_BUILD (0).
# The figures go to stdout and to icp-bench/target/bench-results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-1000}"
seed="${SEED:-42}"
heap="${HEAP:-1g}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

log="$results/drift-$(date +%Y%m%d-%H%M%S).txt"
java "-Xmx$heap" -Djava.io.tmpdir="$target/tmp" -cp "$jar" \
  org.icpengine.bench.DriftCalibrationBenchmark "--runs=$runs" "--seed=$seed" | tee "$log"
echo "figures saved to $log" >&2
