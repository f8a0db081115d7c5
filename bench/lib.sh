# Shared by the bench/run-*.sh scripts: paths, and building the benchmark jar as the README builds
# the project: online, `package` in the reactor with the modules it uses (-am), nothing installed
# into the local Maven repository, so that a benchmark runs from a fresh clone and never against
# stale icp-core/icp-data builds. A script sets bench_modules before sourcing this file when it
# needs more than icp-bench (run-server.sh: icp-bench,icp-cli). SKIP_BUILD=1 reuses existing jars.
target="$root/icp-bench/target"
jar="$target/icp-bench.jar"
cache="$target/bench-cache"
results="$target/bench-results"
bench_modules="${bench_modules:-icp-bench}"

needs_build() {
  [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]] && return 0
  [[ "$bench_modules" == *icp-cli* && ! -f "$root/icp-cli/target/icp.jar" ]]
}

cd "$root"
if needs_build; then
  echo "building $bench_modules ..." >&2
  ./mvnw -B -q -Pbench -pl "$bench_modules" -am package -Dmaven.test.skip=true \
    -Dspotless.check.skip=true
fi
mkdir -p "$target/tmp" "$results"
