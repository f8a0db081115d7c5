#!/usr/bin/env bash
# Server benchmark: single-account scoring over HTTP in an open loop at a fixed rate (latency from
# each request's due time), the throughput ceiling in closed loops (cross-checked with wrk when it
# is installed), and batch scoring of the 1M-row bench CSV over HTTP against `icp score`.
#
#   bench/run-server.sh                       # 2,000/s for 30 s after 10 s warm-up; 1M-row batch
#   RATE=3000 DURATION=60 bench/run-server.sh
#   ROWS=0 bench/run-server.sh                # single-account scoring only
#   REPEATS=1 bench/run-server.sh             # one batch run per side (quicker)
#
# The server runs in its own JVM (`java -jar icp.jar serve`, the JVM's default heap, GC logged),
# the load generator in another; both share this machine's cores. The script builds icp-bench and
# icp-cli, writes the bench CSVs once (icp-bench/target/bench-cache), derives an ICP from the
# TRAIN_ROWS file with `icp derive`, starts the server on a free port with a fresh data folder
# under icp-bench/target/tmp, adds workspace "bench" and an admin token, imports and publishes the
# ICP, runs ServerBenchmark, and stops the server on exit (also on failure or Ctrl+C).
#
# Settings (environment): RATE (2000), WARMUP (10 s), DURATION (30 s), CONNECTIONS (64; open
# loop), CEILING ("16 32 64" closed-loop connections), CEILING_DURATION (20 s), WRK (1; 0 skips
# the wrk cross-check), ROWS (1000000; 0 = no batch), TRAIN_ROWS (200000; the ICP's file, also the
# batch warm-up and the source of the single-account bodies), ACCOUNTS (10000 different bodies),
# REPEATS (3 batch runs per side, medians), ICP (an icp.json to use instead of deriving one),
# SERVER_OPTS (extra JVM options of the server, e.g. "-Xmx1g -XX:+UseParallelGC"), CLI_HEAP
# (-Xmx of `icp score`; default the JVM's), SKIP_BUILD (0). Figures go to stdout and to
# icp-bench/target/bench-results/ with the server's log and GC log.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rate="${RATE:-2000}"
warmup="${WARMUP:-10}"
duration="${DURATION:-30}"
connections="${CONNECTIONS:-64}"
read -r -a ceiling <<< "${CEILING:-16 32 64}"
ceiling_duration="${CEILING_DURATION:-20}"
rows="${ROWS:-1000000}"
rows="${rows//[,_]/}"
train_rows="${TRAIN_ROWS:-200000}"
train_rows="${train_rows//[,_]/}"
accounts="${ACCOUNTS:-10000}"
repeats="${REPEATS:-3}"

# one reactor build makes both the benchmark jar and icp.jar
bench_modules=icp-bench,icp-cli
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

command -v curl > /dev/null || { echo "run-server.sh needs curl" >&2; exit 2; }

run="$(mktemp -d "$target/tmp/server-bench.XXXXXX")"
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2> /dev/null; then
    echo "stopping the server (pid $server_pid) ..." >&2
    kill -TERM "$server_pid" 2> /dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$server_pid" 2> /dev/null || break
      sleep 0.5
    done
    kill -0 "$server_pid" 2> /dev/null && kill -KILL "$server_pid" 2> /dev/null
    wait "$server_pid" 2> /dev/null || true
  fi
  server_pid=""
}
cleanup() {
  stop_server
  rm -rf "$run"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the server and the CLI runs use a copy, so a rebuild of icp-cli meanwhile changes nothing here
icp_jar="$run/icp.jar"
cp "$root/icp-cli/target/icp.jar" "$icp_jar"
icp() { java -jar "$icp_jar" "$@"; }

# the files are written by a separate JVM, as in the other benchmarks
sizes=("$train_rows")
[[ "$rows" != 0 ]] && sizes+=("$rows")
java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.BenchFiles \
  "$cache" "${sizes[@]}" >&2
train="$cache/bench-$train_rows.csv"

if [[ -n "${ICP:-}" ]]; then
  icp_json="$ICP"
else
  echo "deriving the ICP from $(basename "$train") (icp derive) ..." >&2
  icp derive "$train" --out "$run/icp" > "$run/derive.log" 2>&1 \
    || { cat "$run/derive.log" >&2; exit 1; }
  icp_json="$run/icp/icp.json"
fi

data="$run/data"
icp workspaces add bench --data "$data" > /dev/null
token="$(icp tokens create --workspace bench --role admin --name bench --data "$data" 2> /dev/null \
  | tail -n 1)"
[[ "$token" == icp_* ]] || { echo "could not create an API token" >&2; exit 1; }

stamp="$(date +%Y%m%d-%H%M%S)"
gc_log="$run/server-gc.log"
# shellcheck disable=SC2086  # SERVER_OPTS is a list of JVM options
java ${SERVER_OPTS:-} "-Xlog:gc:file=$gc_log" -Djava.io.tmpdir="$target/tmp" -jar "$icp_jar" \
  serve --port 0 --data "$data" --upload-limit 4096 > "$run/server.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'listening on http://[0-9.:]*' "$run/server.log" | head -n 1 | cut -d' ' -f3)" \
    || true
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2> /dev/null || { cat "$run/server.log" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$url" ]] || { echo "the server did not start:" >&2; cat "$run/server.log" >&2; exit 1; }
echo "server pid $server_pid at $url" >&2

api="$url/api/v1/workspaces/bench"
call() { # METHOD PATH [curl args...]: fails on an HTTP error
  local method="$1" path="$2"
  shift 2
  curl -sS --fail-with-body -X "$method" "$api$path" -H "Authorization: Bearer $token" "$@"
  echo
}
call POST /versions -H 'Content-Type: application/json' --data-binary "@$icp_json" > /dev/null
call POST /versions/1/state -H 'Content-Type: application/json' \
  -d '{"state":"in_review","revision":1}' > /dev/null
call POST /versions/1/state -H 'Content-Type: application/json' \
  -d '{"state":"published","revision":2}' > /dev/null
echo "version 1 imported and published" >&2

args=("--url=$url" "--icp=$icp_json" "--accounts=$train" "--account-count=$accounts"
  "--rate=$rate" "--warmup=$warmup" "--duration=$duration" "--connections=$connections"
  "--ceiling=$(IFS=,; echo "${ceiling[*]}")" "--ceiling-duration=$ceiling_duration"
  "--wrk=$([[ "${WRK:-1}" == 1 ]] && echo true || echo false)"
  "--server-pid=$server_pid" "--gc-log=$gc_log" "--scratch=$run")
if [[ "$rows" != 0 ]]; then
  args+=("--batch=$cache/bench-$rows.csv" "--batch-warmup=$train" "--batch-repeats=$repeats"
    "--icp-jar=$icp_jar")
  [[ -n "${CLI_HEAP:-}" ]] && args+=("--cli-heap=$CLI_HEAP")
fi

log="$results/server-$stamp.txt"
status=0
ICP_BENCH_TOKEN="$token" java -Xmx512m -Djava.io.tmpdir="$target/tmp" -cp "$jar" \
  org.icpengine.bench.ServerBenchmark "${args[@]}" | tee "$log" || status=$?
stop_server
cp "$run/server.log" "$results/server-$stamp-server.log"
cp "$gc_log" "$results/server-$stamp-gc.log"
echo "figures saved to $log (server log and GC log beside it)" >&2
exit "$status"
