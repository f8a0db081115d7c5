#!/usr/bin/env bash
# Score-quality benchmark: held-out AUC of the fit score (whole points and before rounding) beside
# the weight-of-evidence scorecard, XGBoost and L2 logistic regression, on the X Education leads,
# the IBM Telco churn file and 20,000 generated customers with a planted ICP. Every model sees the
# same attribute columns and the same stratified 30 % held-out rows (seed 42). Then the product as
# derive trains it on the same split: the fit score without behavioural columns, the engagement
# score and the priority (fit × engagement), and on the generated data the planted oracle.
# Targets: the priority's AUC at most 0.005 below the better of XGBoost and logistic regression;
# the fit score alone at least 0.985 × the planted oracle's AUC.
#
#   bench/run-score-quality.sh
#   SHARED=/path/to/shared SAMPLE_ROWS=50000 bench/run-score-quality.sh
#
# Settings (environment): SHARED (the folder holding datasets/; default ../shared beside the
# repository; datasets that are absent are skipped with a message), SAMPLE_ROWS (20000),
# HEAP (2g), SKIP_BUILD (0). The figures go to stdout and to icp-bench/target/bench-results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
sample_rows="${SAMPLE_ROWS:-20000}"
sample_rows="${sample_rows//[,_]/}"
heap="${HEAP:-2g}"

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

log="$results/score-quality-$(date +%Y%m%d-%H%M%S).txt"
java "-Xmx$heap" -Djava.io.tmpdir="$target/tmp" -cp "$jar" \
  org.icpengine.bench.ScoreQualityBenchmark \
  "--shared=$shared" "--cache=$target/bench-cache" "--sample-rows=$sample_rows" | tee "$log"
echo "figures saved to $log" >&2
