#!/usr/bin/env bash
# Funnel benchmark: the funnel by ICP tier (issue 16) over N accounts and 3N opportunities
# generated straight into the linked relations, cut by tier × channel, with cohorts, the forecast
# and a shift scenario; the model is derived first from a 20,000-account file (not timed). Runs in
# its own JVM under /usr/bin/time -v (when present) and prints seconds, CPU seconds and the load.
#
#   bench/run-funnel.sh                    # 1,000,000 accounts, 3,000,000 opportunities
#   ACCOUNTS=100000 bench/run-funnel.sh    # smaller and quicker
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

timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -v)
echo "uptime before: $(uptime)"
"${timer[@]}" java -Xmx"$heap" -Djava.io.tmpdir="$target/tmp" -cp "$jar" \
  org.icpengine.bench.FunnelBenchmark "$cache" "$accounts" "$memory_limit" "$seed" 2>&1 \
  | tee "$results/funnel-$accounts.txt"
echo "uptime after: $(uptime)" | tee -a "$results/funnel-$accounts.txt"
