#!/usr/bin/env bash
# Derive benchmark: the whole `icp derive` pipeline on the cached 1M-row bench CSV (written by
# bench/run-e2e.sh or here), in its own JVM with -Xmx2g.   ROWS=200000 bench/run-derive.sh
# TRACE=1 adds the costliest statements from the engine's query log.
# SKIP_BUILD=1 reuses the jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${ROWS:-1000000}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.BenchFiles \
  "$cache" "$rows" >&2
args=()
[[ "${TRACE:-0}" == 1 ]] && args+=("--trace")
java -Xmx2g -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.DeriveBenchmark \
  "${args[@]}" "$cache/bench-$rows.csv"
