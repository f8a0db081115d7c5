#!/usr/bin/env bash
# Entity resolution benchmark (issue 15): quality on the sample's generated enrichment file with
# known truth (precision, recall, review share, F1 beside plain Jaro-Winkler), then speed: N
# synthetic accounts against N / 10 rows by name, and by domain beside a bare hash join. Runs in
# its own JVM under /usr/bin/time -v (when present) and prints seconds, CPU seconds and the load.
#
#   bench/run-enrichment.sh                   # 1,000,000 accounts, 100,000 rows
#   ACCOUNTS=100000 bench/run-enrichment.sh   # smaller and quicker
#
# Settings (environment): ACCOUNTS (1000000), HEAP (4g), SEED (7), SKIP_BUILD (0).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
accounts="${ACCOUNTS:-1000000}"
accounts="${accounts//[,_]/}"
heap="${HEAP:-4g}"
seed="${SEED:-7}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -v)
echo "uptime before: $(uptime)"
"${timer[@]}" java -Xmx"$heap" -Djava.io.tmpdir="$target/tmp" -cp "$jar" \
  org.icpengine.bench.EnrichmentBenchmark "$accounts" "$seed" 2>&1 \
  | tee "$results/enrichment-$accounts.txt"
echo "uptime after: $(uptime)" | tee -a "$results/enrichment-$accounts.txt"
