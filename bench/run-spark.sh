#!/usr/bin/env bash
# Spark scale benchmark: the icp-spark ScoreJob on the messy 30-column bench file as Parquet (every
# column text), Parquet out, on local[1] and local[2] (scaling efficiency = rate on 2 / (2 x rate
# on 1)), against `icp score` (the embedded engine) on the same Parquet file, Parquet out. The
# model is derived by `icp derive` from the 200k-row file of the same generator. Each run is a
# fresh JVM under /usr/bin/time: wall seconds, CPU seconds (user + sys) and the load average.
#
#   bench/run-spark.sh                          # 10M rows
#   ROWS="10000000 50000000" bench/run-spark.sh # 50M too (about 16 GB of CSV and Parquet)
#   ROWS=1000000 bench/run-spark.sh             # quicker
#
# Settings (environment): ROWS ("10000000"), MASTERS ("local[1] local[2]"), SPARK_HEAP (2g),
# ICP_RUNS (1; 0 skips icp score), SKIP_BUILD (0). Figures go to stdout and to
# icp-bench/target/bench-results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a sizes <<< "${ROWS:-10000000}"
read -r -a masters <<< "${MASTERS:-local[1] local[2]}"
spark_heap="${SPARK_HEAP:-2g}"
icp_runs="${ICP_RUNS:-1}"
bench_modules="icp-bench,icp-cli,icp-spark"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

spark="$root/icp-spark/target"
cli="$root/icp-cli/target/icp.jar"
work="$target/spark-bench"
mkdir -p "$work"
log="$results/spark-$(IFS=-; echo "${sizes[*]}")-$(date +%Y%m%d-%H%M%S).txt"

java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.BenchFiles \
  "$cache" 200000 >&2
if [[ ! -f "$work/icp/icp.json" ]]; then
  java -Xmx1g -jar "$cli" derive "$cache/bench-200000.csv" --rows-are-accounts --out "$work/icp" >&2
fi

# run NAME COMMAND...: one timed run; prints "wall cpu" seconds
run() {
  local name="$1"
  shift
  rm -rf "$work/out-$name" "$work/out-$name.parquet"
  /usr/bin/time -f "%e %U %S" -o "$work/time-$name" "$@" > "$work/log-$name" 2>&1 || {
    tail -20 "$work/log-$name" >&2
    echo "run $name failed" >&2
    exit 1
  }
  read -r wall user sys < "$work/time-$name"
  echo "$wall $(echo "$user + $sys" | bc)"
}

{
  echo "# Spark scale benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  printf '%-12s %-14s %10s %10s %12s %10s  %s\n' rows engine wall_s cpu_s rows_per_s cpu_us_row load
} | tee "$log"
for rows in "${sizes[@]}"; do
  java -Xmx256m -Djava.io.tmpdir="$target/tmp" -cp "$jar" org.icpengine.bench.ParquetBenchFiles \
    "$cache" "$rows" >&2
  input="$cache/bench-$rows.parquet"
  declare -A rate=()
  for master in "${masters[@]}"; do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    read -r wall cpu < <(run "spark" java "-Xmx$spark_heap" -Djava.io.tmpdir="$target/tmp" \
      $(cat "$spark/spark-java-options.txt") \
      -cp "$spark/icp-spark.jar:$(cat "$spark/spark-classpath.txt")" \
      org.icpengine.spark.ScoreJob --icp "$work/icp/icp.json" --in "$input" \
      --out "$work/out-spark" --master "$master")
    rate[$master]="$(echo "$rows / $wall" | bc)"
    printf '%-12s %-14s %10s %10s %12s %10s  %s\n' "$rows" "spark $master" "$wall" "$cpu" \
      "${rate[$master]}" "$(echo "scale=2; $cpu * 1000000 / $rows" | bc)" "$load" | tee -a "$log"
  done
  if [[ -n "${rate[local[1]]:-}" && -n "${rate[local[2]]:-}" ]]; then
    echo "scaling efficiency local[2] vs local[1]: $(echo "scale=2; ${rate[local[2]]} / (2 * ${rate[local[1]]})" | bc)" | tee -a "$log"
  fi
  for ((i = 0; i < icp_runs; i++)); do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    read -r wall cpu < <(run "icp" java -Xmx2g -Djava.io.tmpdir="$target/tmp" -jar "$cli" score \
      "$input" --icp "$work/icp/icp.json" --out "$work/out-icp.parquet")
    printf '%-12s %-14s %10s %10s %12s %10s  %s\n' "$rows" "icp score" "$wall" "$cpu" \
      "$(echo "$rows / $wall" | bc)" "$(echo "scale=2; $cpu * 1000000 / $rows" | bc)" "$load" | tee -a "$log"
  done
  rm -rf "$work/out-spark" "$work/out-icp.parquet"
done
echo "figures saved to $log" >&2
