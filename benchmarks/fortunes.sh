#!/usr/bin/env bash
# TechEmpower's "fortunes" page (issue 16) on Carafe, Javalin 7 and raw Undertow, each on SQLite
# and on PostgreSQL, measured with wrk on loopback in alternating rounds, as wrk.sh measures the
# whole requests. The servers are benchmarks/fortunes/{carafe,javalin,undertow}: one query of the
# 12-row fortune table through HikariCP (the same code and pool for all three), the row added at
# request time, a sort by message, and the HTML table (Carafe: its jte template; Javalin: the same
# template file precompiled by jte's plugin; raw Undertow: written by hand).
#
#   bash benchmarks/fortunes.sh                          # build, then 5 rounds x 10 s (~13 min)
#   ROUNDS=3 DURATION=5 SKIP_BUILD=1 bash benchmarks/fortunes.sh
#   SERVERS="carafe-sqlite undertow-sqlite" bash benchmarks/fortunes.sh
#
# Settings (environment): ROUNDS (5), DURATION seconds per wrk run (10), WARMUP seconds per server
# before the rounds (5), CONNECTIONS (32), THREADS wrk threads (1), JAVA (java on the PATH),
# SERVERS (all six: {undertow,javalin,carafe}-{sqlite,postgres}), POSTGRES (a jdbc:postgresql: URL
# to use; unset, the script runs itself under .ci/postgres, which starts a throwaway PostgreSQL and
# stops it at the end), SKIP_BUILD=1 to use the jars already built, OUT (where the raw output is
# kept: benchmarks/results/fortunes). Traffic goes to 127.0.0.1 only; every server this script
# starts is stopped when it ends.
#
# Before the rounds each server's page is compared, byte for byte, with the page TechEmpower
# expects (benchmarks/fortunes/common/.../fortunes.html); a server that serves another stops the
# run. Output: per database, median requests/s over the rounds (lowest..highest), median p99
# latency, and the ratios to Javalin and to raw Undertow on the same database (of the medians, and
# paired: the median of the per-round ratios). Kept in OUT: every wrk output
# (SERVER-ROUND.txt), results.tsv (server, database, requests/s, round, p99 ms: what
# charts.py draws), summary.txt (this output) and the servers' logs.
set -euo pipefail
SCRIPT=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/.."

DEFAULT_SERVERS="undertow-sqlite javalin-sqlite carafe-sqlite undertow-postgres javalin-postgres carafe-postgres"
SERVERS=${SERVERS:-$DEFAULT_SERVERS}
if [[ " $SERVERS " == *-postgres* ]] && [ -z "${POSTGRES:-}" ]; then
  if [ -z "${CARAFE_TEST_POSTGRES:-}" ]; then
    # A throwaway PostgreSQL for this run, stopped when the run ends.
    exec bash .ci/postgres bash "$SCRIPT" "$@"
  fi
  POSTGRES=$CARAFE_TEST_POSTGRES
fi

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
JAVA=${JAVA:-java}
OUT=${OUT:-benchmarks/results/fortunes}
EXPECTED=benchmarks/fortunes/common/src/main/resources/dev/carafe/bench/fortunes/fortunes.html
DIR=benchmarks/fortunes
SQLITE=$PWD/benchmarks/target/fortunes/fortunes.sqlite

if ! command -v wrk >/dev/null; then
  echo "== Installing wrk"
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== Building the servers"
  mvn -B -q package -DskipTests -pl $DIR/carafe,$DIR/javalin,$DIR/undertow -am
fi
mkdir -p "$OUT" "$(dirname "$SQLITE")"
rm -f "$OUT"/*.txt "$OUT"/*.log "$OUT"/results.tsv
exec > >(tee "$OUT/summary.txt") 2>&1

port_of() {
  local i=0
  for s in $DEFAULT_SERVERS; do
    [ "$s" = "$1" ] && { echo $((18280 + i)); return; }
    i=$((i + 1))
  done
  echo "Unknown server $1 (known: $DEFAULT_SERVERS)" >&2
  exit 2
}
database_of() {
  case "$1" in
    *-sqlite) echo "$SQLITE" ;;
    *-postgres) echo "$POSTGRES" ;;
  esac
}
# Runs server $1 in the background; sets STARTED_PID.
launch() {
  local port database
  port=$(port_of "$1")
  database=$(database_of "$1")
  if [ "$(status_of "http://127.0.0.1:$port/")" != 000 ]; then
    echo "Port $port is already in use" >&2
    exit 1
  fi
  # exec: the background job is the JVM itself, so that stopping it stops the server.
  case "$1" in
    carafe-*) CARAFE_DATABASE=$database exec $JAVA -jar $DIR/carafe/target/fortunes-carafe.jar --port "$port" ;;
    javalin-*) exec $JAVA -jar $DIR/javalin/target/fortunes-javalin.jar --port "$port" --database "$database" ;;
    undertow-*) exec $JAVA -jar $DIR/undertow/target/fortunes-undertow.jar --port "$port" --database "$database" ;;
  esac >>"$OUT/$1.log" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
}

PIDS=()
stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_all EXIT

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null || true; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# The 99th percentile of wrk's --latency output $1, in ms.
p99_of() {
  awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
    printf "%.2f", v * f }' "$1"
}

echo "== Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $($JAVA -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
echo "== wrk -t$THREADS -c$CONNECTIONS --latency, $ROUNDS rounds x ${DURATION}s per server, after ${WARMUP}s of warm-up"
[ -n "${POSTGRES:-}" ] && echo "== PostgreSQL: $POSTGRES"

echo
echo "== Starting the servers, checking their pages, warming up"
for name in $SERVERS; do
  launch "$name"
  url=http://127.0.0.1:$(port_of "$name")/fortunes
  t0=$(date +%s)
  until [ "$(status_of "$url")" = 200 ]; do
    kill -0 "$STARTED_PID" 2>/dev/null || { echo "$name died at start-up; see $OUT/$name.log" >&2; exit 1; }
    [ $(($(date +%s) - t0)) -lt 30 ] || { echo "$name did not answer within 30 s" >&2; exit 1; }
    sleep 0.2
  done
  if ! curl -s "$url" | cmp -s - "$EXPECTED"; then
    echo "$name does not serve the expected page:" >&2
    curl -s "$url" | diff <(cat "$EXPECTED") - >&2 || true
    exit 1
  fi
  echo "   $name: the expected page ($(wc -c <"$EXPECTED") bytes)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >"$OUT/$name-warmup.txt"
done

results="$OUT/results.tsv"
: >"$results"
for round in $(seq "$ROUNDS"); do
  echo "== Round $round of $ROUNDS (load $(cut -d' ' -f1 /proc/loadavg))"
  for name in $SERVERS; do
    log="$OUT/$name-$round.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$(port_of "$name")/fortunes" >"$log"
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$log")
    if grep -q -E 'Socket errors|Non-2xx' "$log"; then echo "   $name: $(grep -E 'Socket errors|Non-2xx' "$log")" >&2; fi
    printf '%s\t%s\t%s\t%s\t%s\n' "${name%-*}" "${name##*-}" "$rps" "$round" "$(p99_of "$log")" >>"$results"
  done
done
stop_all
echo "== Load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== Requests per second: median of $ROUNDS rounds (lowest..highest), median p99 in ms; ratio"
echo "   of the medians to Javalin and to raw Undertow on the same database, and paired (the median"
echo "   of the per-round ratios)"
figures() { awk -F'\t' -v s="$1" -v d="$2" -v c="${3:-3}" '$1 == s && $2 == d {print $c}' "$results"; }
ratio() {
  local m b
  [ -n "$(figures "$2" "$3")" ] || { echo -; return; }
  m=$(figures "$1" "$3" | median); b=$(figures "$2" "$3" | median)
  awk -v m="$m" -v b="$b" 'BEGIN { printf "%.2f", m / b }'
}
paired() {
  local pairs
  pairs=$(awk -F'\t' -v s="$1" -v b="$2" -v d="$3" '
    $2 == d && $1 == s { mine[$4] = $3 } $2 == d && $1 == b { base[$4] = $3 }
    END { for (r in mine) if (base[r] > 0) print mine[r] / base[r] }' "$results")
  [ -n "$pairs" ] || { echo -; return; }
  printf '%.2f' "$(echo "$pairs" | median)"
}
for database in sqlite postgres; do
  [[ " $SERVERS " == *-$database* ]] || continue
  echo
  printf '%-10s %-9s %9s %16s %8s %16s %16s\n' database server "req/s" rounds "p99 ms" "/ javalin" "/ undertow"
  for server in undertow javalin carafe; do
    [[ " $SERVERS " == *" $server-$database "* ]] || continue
    m=$(figures $server $database | median)
    lo=$(figures $server $database | sort -g | head -1)
    hi=$(figures $server $database | sort -g | tail -1)
    p99=$(figures $server $database 5 | median)
    printf '%-10s %-9s %9.0f %16s %8.1f %16s %16s\n' $database $server "$m" "$(printf '%.0f..%.0f' "$lo" "$hi")" "$p99" \
      "$(ratio $server javalin $database) ($(paired $server javalin $database))" \
      "$(ratio $server undertow $database) ($(paired $server undertow $database))"
  done
done
