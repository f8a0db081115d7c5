# Shared by the bench/run-*.sh scripts: paths, and building the benchmark jar with the modules it
# uses (-am), so that a benchmark never runs against stale icp-core/icp-data builds.
# SKIP_BUILD=1 reuses an existing jar.
target="$root/icp-bench/target"
jar="$target/icp-bench.jar"
cache="$target/bench-cache"
results="$target/bench-results"

cd "$root"
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
  echo "building icp-bench ..." >&2
  ./mvnw -B -o -q -Pbench -pl icp-bench -am install -DskipTests -Dspotless.check.skip=true
fi
mkdir -p "$target/tmp" "$results"
