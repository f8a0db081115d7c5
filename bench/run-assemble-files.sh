#!/usr/bin/env bash
# File-side assembly benchmark (issue 14): writes the linked sample's exports at N accounts once
# (icp-bench/target/bench-cache/linked-N-SEED, with the sources.yaml `icp sources init` infers),
# then, in one JVM with -Xmx2g, times the engine's bare read_csv of the files and `icp assemble`'s
# path (SourcesAssembly.write: read, clean the role columns, link, assemble, write Parquet), and
# prints both walls, the ratio, CPU time, peak heap and peak RSS. TRACE=1 adds a logged third run
# that prints where the time goes, statement by statement (TRACE=only: that run alone).
#
#   bench/run-assemble-files.sh                  # 1,000,000 accounts (15.9M rows, 1.8 GB of CSV)
#   ACCOUNTS=100000 bench/run-assemble-files.sh  # smaller and quicker
#
# Settings (environment): ACCOUNTS (1000000), HEAP (2g), SEED (42), TRACE (0), SKIP_BUILD (0).
# The figures go to stdout and to icp-bench/target/bench-results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
accounts="${ACCOUNTS:-1000000}"
accounts="${accounts//[,_]/}"
heap="${HEAP:-2g}"
seed="${SEED:-42}"
trace=""
[[ "${TRACE:-0}" == 1 ]] && trace="trace"
[[ "${TRACE:-0}" == only ]] && trace="trace-only"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

echo "load average before: $(cat /proc/loadavg)"
java -Xmx"$heap" -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.AssembleFilesBenchmark \
  "$accounts" "$cache" "$seed" $trace | tee "$results/assemble-files-$accounts.txt"
