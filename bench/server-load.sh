#!/usr/bin/env bash
# Load benchmark of the sync server on loopback: sync requests of 10 changes over many accounts,
# community lookups of 20 prefixes, and /health as the trivial reference, all at the same fixed
# concurrency against one server process. Bounded in time (about five and a half minutes); builds only the
# server jar when it is missing. Needs wrk (Debian: apt-get install -y wrk) and curl.
#
#   bench/server-load.sh                  # defaults below
#   DURATION=30s CONNECTIONS=16 ACCOUNTS=2000 bench/server-load.sh
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/srv.jfr,settings=profile bench/server-load.sh
#   REFERENCES=0 bench/server-load.sh     # without the bare Javalin and Jetty references at the end
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
# Long enough for the JIT: with 5 s, C2 was still compiling through the measured sync run and its
# threads alone added about a third to the server CPU per sync on this 2-core machine; with 20 s,
# still about a tenth (the sync path's methods take C2 seconds each here).
WARMUP=${WARMUP:-60s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
ACCOUNTS=${ACCOUNTS:-2000}
EVENTS=2000
PORT=${PORT:-17070}
HEAP=${HEAP:-256m}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-server/target/worthit-server.jar}
# After the server's own runs: the same trivial endpoint from a bare Javalin app and from Jetty alone
# (bench/ReferenceServer.java), the ceiling this machine gives today, so runs on different days compare.
REFERENCES=${REFERENCES:-1}
REFERENCE_WARMUP=${REFERENCE_WARMUP:-20s}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
  mvn -B -o -q package -pl shared,server -am -DskipTests
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Rate limits off and request lines silenced: the benchmark measures the server, not the limiter or the log.
# No budget on new accounts (all 2,000 come from 127.0.0.1), and votes count from each account's first
# sync, so every sync moves community counts through its cohort's capped share as a counted account's does.
WORTHIT_REQUEST_LOG=WARN java -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 --port "$PORT" --db "$work/bench.db" \
  --rate-per-token 0 --rate-per-address 0 --accounts-per-address 0 --vote-min-age-hours 0 >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$base/health" >/dev/null || { cat "$work/server.log"; exit 1; }

echo "creating $ACCOUNTS accounts..."
seq 1 "$ACCOUNTS" | xargs -P 8 -I{} curl -fs -X POST "$base/api/v1/accounts" \
  | grep -o '"token":"[^"]*"' | cut -d'"' -f4 >"$work/tokens.txt"
echo "  $(wc -l <"$work/tokens.txt") tokens"
for i in $(seq 0 $((EVENTS - 1))); do printf 'meetup:event:%d' "$i" | sha256sum | cut -c1-4; done | sort -u >"$work/prefixes.txt"
export WORTHIT_TOKENS="$work/tokens.txt" WORTHIT_PREFIXES="$work/prefixes.txt"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
# The JIT compiler threads' share: high when the warm-up was too short for the measured figure to be steady.
jit_ticks() {
  local t sum=0
  for t in /proc/"$server_pid"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in C1\ CompilerThre* | C2\ CompilerThre*) sum=$((sum + $(awk '{print $14 + $15}' "$t/stat"))) ;; esac
  done
  echo "$sum"
}
hz=$(getconf CLK_TCK)

run() { # name, wrk arguments...
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null
  echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $*"
  local before jit_before out requests
  before=$(cpu_ticks)
  jit_before=$(jit_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  echo "$out" | grep -E "Requests/sec|Latency  |50%|90%|99%|requests in|Non-2xx|Socket errors"
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  # Server CPU per request: comparable across runs even when other work shares the cores.
  echo "    server CPU per request: $(( ( $(cpu_ticks) - before ) * 1000000 / hz / requests )) us" \
    "(JIT compiler threads: $(( ( $(jit_ticks) - jit_before ) * 1000000 / hz / requests )) us)"
}
echo "== machine load before the runs: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

run "sync (10 changes)" -s bench/sync.lua "$base"
run "community lookup (20 prefixes)" -s bench/community.lua "$base"
run "health (reference)" "$base/health"

rss=$(ps -o rss= -p "$server_pid" | tr -d ' ')
echo "== server RSS after the runs: $((rss / 1024)) MB (heap -Xmx$HEAP)"
echo "== database: $(ls -la "$work" | grep -E 'bench.db' | awk '{print $5, $9}' | tr '\n' ' ')"

if [ "$REFERENCES" = 1 ]; then
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  WARMUP=$REFERENCE_WARMUP
  for reference in javalin jetty; do
    java -Xmx"$HEAP" $JAVA_OPTS -cp "$JAR" bench/ReferenceServer.java "$reference" "$PORT" >"$work/$reference.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 120); do
      curl -fs "$base/health" >/dev/null 2>&1 && break
      sleep 0.5
    done
    curl -fs "$base/health" >/dev/null || { cat "$work/$reference.log"; exit 1; }
    run "reference: bare $reference, same body as /health" "$base/health"
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  done
  server_pid=""
fi
