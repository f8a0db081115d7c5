#!/usr/bin/env bash
# Assembly benchmark: builds the account table (issue 14) from linked relations generated straight
# in the engine (N accounts, 3N opportunities, 6N subscriptions + 6N transactions, 5N touches,
# spend), in its own JVM with -Xmx2g, and prints rows, seconds and rows/s per stage.
#
#   bench/run-assembly.sh                  # 1,000,000 accounts (21M linked rows)
#   ACCOUNTS=100000 bench/run-assembly.sh  # smaller and quicker
#
# Settings (environment): ACCOUNTS (1000000), HEAP (2g), MEMORY_LIMIT (engine memory_limit, 4GB),
# SEED (42), SKIP_BUILD (0). The figures go to stdout and to icp-bench/target/bench-results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
accounts="${ACCOUNTS:-1000000}"
accounts="${accounts//[,_]/}"
heap="${HEAP:-2g}"
memory_limit="${MEMORY_LIMIT:-4GB}"
seed="${SEED:-42}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

java -Xmx"$heap" -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.AssemblyBenchmark \
  "$accounts" "$memory_limit" "$seed" | tee "$results/assembly-$accounts.txt"
