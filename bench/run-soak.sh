#!/usr/bin/env bash
# Soak test of the ICP server (issue 11): uploads, derives and single-account scores mixed on
# loopback for DURATION seconds while the server is killed with kill -9 KILLS times, spread evenly,
# and restarted on the same data folder and port. Afterwards the server is stopped and started
# cleanly once more and the run checks that every acknowledged dataset and version is still listed,
# that no partial file remains in the data folder, and that the server's RSS after an idle period
# is within 25 % of its baseline after warm-up in the same (last) life. Exits 1 on a failed check.
#
#   bench/run-soak.sh                         # 600 s, 2 kills
#   DURATION=120 KILLS=2 bench/run-soak.sh    # a short run
#
# The script builds icp-bench and icp-cli, runs `icp demo --no-serve` for a sample ICP (imported and
# published by the soak), adds workspace "bench" and an admin token with the operators' commands
# before the server starts, and runs SoakBenchmark, which starts, kills and restarts
# `java -jar icp.jar serve --port P --data DIR` itself (the server's own JVM, its default heap).
#
# Settings (environment): DURATION (600 s), KILLS (2), SCORE_RATE (40 single scores/s, at most
# 50), UPLOAD_ROWS (2000 customers a CSV upload), IDLE (30 s idle before the final RSS reading),
# SERVER_OPTS (extra JVM options of the server), SKIP_BUILD (0). Figures go to stdout and to
# icp-bench/target/bench-results/ with the server's log.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_modules=icp-bench,icp-cli
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

run="$(mktemp -d "$target/tmp/soak.XXXXXX")"
trap 'rm -rf "$run"' EXIT
icp_jar="$run/icp.jar"
cp "$root/icp-cli/target/icp.jar" "$icp_jar"
icp() { java -jar "$icp_jar" "$@"; }

echo "deriving the sample ICP (icp demo --no-serve) ..." >&2
icp demo --no-serve --out "$run/demo" > "$run/demo.log" 2>&1 || { cat "$run/demo.log" >&2; exit 1; }
icp_json="$run/demo/icp/icp.json"

data="$run/data"
icp workspaces add bench --data "$data" > /dev/null
token="$(icp tokens create --workspace bench --role admin --name soak --data "$data" 2> /dev/null \
  | tail -n 1)"
[[ "$token" == icp_* ]] || { echo "could not create an API token" >&2; exit 1; }

stamp="$(date +%Y%m%d-%H%M%S)"
log="$results/soak-$stamp.txt"
status=0
ICP_BENCH_TOKEN="$token" java -Xmx512m -Djava.io.tmpdir="$target/tmp" -cp "$jar" \
  org.icpengine.bench.SoakBenchmark "--jar=$icp_jar" "--data=$data" "--log=$run/server.log" \
  "--icp=$icp_json" "--scratch=$run" "--duration=${DURATION:-600}" "--kills=${KILLS:-2}" \
  "--score-rate=${SCORE_RATE:-40}" "--upload-rows=${UPLOAD_ROWS:-2000}" "--idle=${IDLE:-30}" \
  "--server-opts=${SERVER_OPTS:-}" | tee "$log" || status=$?
cp "$run/server.log" "$results/soak-$stamp-server.log" 2> /dev/null || true
echo "figures saved to $log (server log beside it)" >&2
exit "$status"
