#!/usr/bin/env bash
# Derive benchmark: the whole `icp derive` pipeline on the cached 1M-row bench CSV (written by
# bench/run-e2e.sh or here), in its own JVM with -Xmx2g.   ROWS=200000 bench/run-derive.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${ROWS:-1000000}"
target="$root/icp-bench/target"
jar="$target/icp-bench.jar"
cd "$root"
./mvnw -B -o -q -Pbench -pl icp-bench -am install -DskipTests -Dspotless.check.skip=true
mkdir -p "$target/tmp" "$target/bench-cache"
java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.BenchFiles \
  "$target/bench-cache" "$rows" >&2
java -Xmx2g -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.DeriveBenchmark \
  "$target/bench-cache/bench-$rows.csv"
