#!/usr/bin/env bash
# CPU cost of `score --jsonl` on N generated requests, minus the cost of an empty input run (JVM
# start-up and class loading of the command line), as the median of RUNS runs each.
# Usage: bash bench/score-jsonl-cpu.sh [N=10000] [RUNS=5]   (after `mvn -B -o package -DskipTests`)
# JAVA_OPTS are given to java before -jar; any option keeps `score` in that JVM instead of the
# batch-tuned one it otherwise starts (e.g. JAVA_OPTS=-Xshare:auto for the A/B).
set -euo pipefail
JAVA_OPTS=${JAVA_OPTS:-}
cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${2:-5}
jar=server/target/worthit-server.jar
requests=$(mktemp)
trap 'rm -f "$requests"' EXIT
node bench/generate-score-requests.mjs "$n" > "$requests"

cpu() { # prints user+sys seconds of one run reading $1
  /usr/bin/time -f '%U %S' java $JAVA_OPTS -jar "$jar" score --jsonl < "$1" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f\n", $1 + $2}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

empty=$(for i in $(seq "$runs"); do cpu /dev/null; done | median)
full=$(for i in $(seq "$runs"); do cpu "$requests"; done | median)
lines=$(java -jar "$jar" score --jsonl < "$requests" | wc -l)
errors=$(java -jar "$jar" score --jsonl < "$requests" | grep -c '"error"' || true)
echo "requests: $n ($(wc -c < "$requests") bytes), output lines: $lines, error lines: $errors"
echo "median CPU (user+sys) over $runs runs: empty input ${empty}s, $n requests ${full}s"
awk -v f="$full" -v e="$empty" 'BEGIN {printf "CPU beyond start-up: %.2fs\n", f - e}'
