#!/usr/bin/env bash
# The sync load benchmark (bench/sync.lua, bench/community.lua, /health as the reference) on three
# set-ups in one run, at the same total concurrency: SQLite with one server, PostgreSQL with one
# server, PostgreSQL with two servers on one database (wrk runs against each server with half the
# connections at once; their requests/s add up). Bounded: about 5 minutes with the defaults.
# Needs wrk, curl, psql and a PostgreSQL where the role may create schemas (bash .ci/start-postgres
# makes worthit/worthit with database worthit_test on localhost); each run uses a fresh schema.
#
#   bench/postgres-load.sh
#   DURATION=30s CONNECTIONS=16 ACCOUNTS=2000 SETUPS="pg1 pg2" bench/postgres-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
ACCOUNTS=${ACCOUNTS:-2000}
SETUPS=${SETUPS:-sqlite pg1 pg2}
HEAP=${HEAP:-256m}
PORT=${PORT:-17170}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-worthit_test}
export PGUSER=${PGUSER:-worthit} PGPASSWORD=${PGPASSWORD:-worthit}
EVENTS=2000
JAR=server/target/worthit-server.jar

for tool in wrk curl psql; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f "$JAR" ] || mvn -B -o -q package -pl shared,server -am -DskipTests

work=$(mktemp -d)
pids=()
schemas=()
stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  pids=()
}
cleanup() {
  stop_servers
  for s in "${schemas[@]}"; do psql -q -c "DROP SCHEMA IF EXISTS $s CASCADE" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

start_server() { # port, db
  WORTHIT_REQUEST_LOG=WARN java -Xmx"$HEAP" -jar "$JAR" serve --host 127.0.0.1 --port "$1" --db "$2" \
    --rate-per-token 0 --rate-per-address 0 --accounts-per-address 0 --vote-min-age-hours 0 >"$work/server-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return; sleep 0.5; done
  cat "$work/server-$1.log"; exit 1
}

for i in $(seq 0 $((EVENTS - 1))); do printf 'meetup:event:%d' "$i" | sha256sum | cut -c1-4; done | sort -u >"$work/prefixes.txt"
export WORTHIT_TOKENS="$work/tokens.txt" WORTHIT_PREFIXES="$work/prefixes.txt"

ticks() { # CPU ticks (user + system) used so far by the given processes
  local sum=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}
hz=$(getconf CLK_TCK)

measure() { # name, path, wrk arguments; runs on every server at once, splitting the connections
  local name=$1 path=$2; shift 2
  local n=${#ports[@]} c=$((CONNECTIONS / ${#ports[@]})) p
  local jobs=()
  for p in "${ports[@]}"; do wrk -t1 -c"$c" -d"$WARMUP" "$@" "http://127.0.0.1:$p$path" >/dev/null & jobs+=($!); done
  wait "${jobs[@]}"
  jobs=()
  echo "== $name: $n x wrk -t1 -c$c -d$DURATION --latency $* <server>$path"
  local pg_pids server_before pg_before
  pg_pids=$(pgrep -u postgres postgres || true)
  server_before=$(ticks "${pids[@]}")
  pg_before=$(ticks $pg_pids)
  for p in "${ports[@]}"; do wrk -t1 -c"$c" -d"$DURATION" --latency "$@" "http://127.0.0.1:$p$path" >"$work/wrk-$p.txt" & jobs+=($!); done
  wait "${jobs[@]}"
  local server_ticks=$(( $(ticks "${pids[@]}") - server_before )) pg_ticks=$(( $(ticks $pg_pids) - pg_before ))
  local total=0 requests=0
  for p in "${ports[@]}"; do
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$p.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk-$p.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$p.txt")
    errors=$(awk '/Non-2xx/ {print $5}' "$work/wrk-$p.txt")
    echo "    server :$p  $rps req/s  p50 $p50  p99 $p99${errors:+  non-2xx $errors}"
    total=$(awk -v a="$total" -v b="$rps" 'BEGIN {printf "%.0f", a + b}')
    requests=$((requests + $(awk '/requests in/ {print $1}' "$work/wrk-$p.txt")))
  done
  # CPU per request is comparable across runs even when other work shares the cores.
  echo "    total $total req/s; CPU per request: servers $((server_ticks * 1000000 / hz / requests)) us, PostgreSQL $((pg_ticks * 1000000 / hz / requests)) us"
}

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(psql -tAc 'SHOW server_version' | head -1) PostgreSQL"
for setup in $SETUPS; do
  case $setup in
    sqlite) db="$work/bench.db"; count=1 ;;
    pg1|pg2)
      schema="bench_$$_$setup"; schemas+=("$schema")
      psql -q -c "CREATE SCHEMA $schema"
      db="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER&password=$PGPASSWORD&currentSchema=$schema"
      count=${setup#pg} ;;
    *) echo "unknown set-up $setup (sqlite, pg1, pg2)" >&2; exit 1 ;;
  esac
  ports=()
  for i in $(seq 1 "$count"); do ports+=($((PORT + i))); start_server $((PORT + i)) "$db"; done
  echo "#### $setup: $count server(s), database $(echo "$db" | sed 's/password=[^&]*/password=.../')"
  seq 1 "$ACCOUNTS" | xargs -P 8 -I{} curl -fs -X POST "http://127.0.0.1:${ports[0]}/api/v1/accounts" \
    | grep -o '"token":"[^"]*"' | cut -d'"' -f4 >"$work/tokens.txt"
  echo "   $(wc -l <"$work/tokens.txt") accounts"
  measure "sync (10 changes)" / -s bench/sync.lua
  measure "community lookup (20 prefixes)" / -s bench/community.lua
  measure "health (reference)" /health
  for pid in "${pids[@]}"; do echo "   server RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB"; done
  stop_servers
done
