#!/usr/bin/env bash
# Where requests run (issue 16): an application that mixes endpoints that never block with one that
# blocks for a millisecond, served by Carafe as a default application declares it (@NonBlocking on
# the fast endpoints, the blocking one left as it is), by raw Undertow written the same way (the
# fast ones on its I/O thread, /sleep dispatched to its worker pool), by raw Undertow with every
# request on its worker pool (BlockingHandler), and by Javalin 7 (every handler on Jetty's pool),
# measured with wrk in alternating rounds: each endpoint alone, then a mix of nine fast requests
# to one that blocks.
#
#   bash benchmarks/threading.sh                      # build, then 5 rounds x 10 s per endpoint
#   ROUNDS=3 DURATION=5 bash benchmarks/threading.sh  # shorter
#   SKIP_BUILD=1 bash benchmarks/threading.sh         # with the jars already built
#
# Settings (environment): ROUNDS (5), DURATION seconds per wrk run (10), WARMUP seconds per server
# and endpoint before the rounds (5), CONNECTIONS (32), THREADS wrk threads (1), JAVA (java on the
# PATH), SERVERS (the list below), OUT (benchmarks/target/threading). Traffic goes to 127.0.0.1
# only; every run is bounded by DURATION, and the script stops every server it started.
#
# Output: a table per endpoint (median requests/s and latency p50/p99 over the rounds, lowest and
# highest round, ratio of medians to raw Undertow written the same way); the raw wrk output is
# kept in $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
JAVA=${JAVA:-java}
SERVERS=${SERVERS:-"undertow-mixed undertow-blocking carafe javalin"}
ENDPOINTS="/io/plaintext /io/users/42 /nowhere /sleep mix"
OUT=${OUT:-benchmarks/target/threading}
UNDERTOW_JAR=benchmarks/server-undertow/target/server-undertow.jar
CARAFE_JAR=benchmarks/server-carafe/target/server-carafe.jar
JAVALIN_JAR=benchmarks/server-javalin/target/server-javalin.jar
BASE=undertow-mixed

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== Building the servers"
  mvn -B -q package -DskipTests -pl benchmarks/server-carafe,benchmarks/server-undertow,benchmarks/server-javalin -am
fi
mkdir -p "$OUT"

port_of() {
  case "$1" in
    undertow-mixed) echo 18180 ;;
    undertow-blocking) echo 18181 ;;
    carafe) echo 18182 ;;
    javalin) echo 18183 ;;
    *) echo "Unknown server $1" >&2; exit 2 ;;
  esac
}
command_of() {
  local port
  port=$(port_of "$1")
  case "$1" in
    undertow-mixed) echo "$JAVA -jar $UNDERTOW_JAR --port $port --mode io" ;;
    undertow-blocking) echo "$JAVA -jar $UNDERTOW_JAR --port $port --mode blocking" ;;
    carafe) echo "$JAVA -jar $CARAFE_JAR --port $port" ;;
    javalin) echo "$JAVA -jar $JAVALIN_JAR --port $port" ;;
  esac
}

PIDS=()
stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_all EXIT

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null || true; }

start_server() {
  local name=$1 cmd port url t0
  cmd=$(command_of "$name")
  port=$(port_of "$name")
  url=http://127.0.0.1:$port/io/plaintext
  if [ "$(status_of "$url")" != 000 ]; then
    echo "Port $port is already in use" >&2
    exit 1
  fi
  t0=$(date +%s)
  $cmd >>"$OUT/$name.log" 2>&1 &
  PIDS+=("$!")
  until [ "$(status_of "$url")" = 200 ]; do
    kill -0 "$!" 2>/dev/null || { echo "$name died at start-up; see $OUT/$name.log" >&2; exit 1; }
    [ $(( $(date +%s) - t0 )) -lt 30 ] || { echo "$name did not answer within 30 s" >&2; exit 1; }
    sleep 0.1
  done
}

# The mix: nine requests that never block for one that waits a millisecond, in a fixed order.
MIX_LUA="$OUT/mix.lua"
cat >"$MIX_LUA" <<'LUA'
local paths = {"/io/plaintext", "/io/users/42", "/io/plaintext", "/nowhere", "/io/users/7",
  "/io/plaintext", "/io/users/42", "/sleep", "/io/plaintext", "/io/users/42"}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

run_wrk() { # server endpoint seconds
  local url=http://127.0.0.1:$(port_of "$1")
  if [ "$2" = mix ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --latency -s "$MIX_LUA" "$url/"
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --latency "$url$2"
  fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# wrk's latency ("812.00us", "1.23ms", "2.01s") in microseconds
micros() { awk '{ v = $1; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
  f = (u == "us") ? 1 : (u == "ms") ? 1000 : (u == "s") ? 1000000 : 1; printf "%.0f\n", v * f }'; }

echo "== Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $($JAVA -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1)"
echo "== wrk -t$THREADS -c$CONNECTIONS --latency, $ROUNDS rounds x ${DURATION}s per server and endpoint, after ${WARMUP}s of warm-up"
echo "== Starting the servers, checking their answers, warming up"
for name in $SERVERS; do
  start_server "$name"
  port=$(port_of "$name")
  for e in $ENDPOINTS; do
    [ "$e" = mix ] && continue
    want=200; [ "$e" = /nowhere ] && want=404
    got=$(status_of "http://127.0.0.1:$port$e")
    [ "$got" = "$want" ] || { echo "$name answered $got to $e, not $want" >&2; exit 1; }
  done
  for e in $ENDPOINTS; do run_wrk "$name" "$e" "$WARMUP" >/dev/null; done
done

results="$OUT/results.tsv"
: >"$results"
for round in $(seq "$ROUNDS"); do
  echo "== Round $round of $ROUNDS"
  for e in $ENDPOINTS; do
    for name in $SERVERS; do
      log="$OUT/$name$(echo "$e" | tr / _)-$round.txt"
      run_wrk "$name" "$e" "$DURATION" >"$log"
      rps=$(awk '/^Requests\/sec:/ {print $2}' "$log")
      p50=$(awk '$1 == "50%" {print $2}' "$log" | micros)
      p99=$(awk '$1 == "99%" {print $2}' "$log" | micros)
      if grep -q 'Socket errors' "$log"; then echo "   $name $e: $(grep 'Socket errors' "$log")" >&2; fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$e" "$name" "$rps" "$p50" "$p99" "$round" >>"$results"
    done
  done
done
stop_all

echo
echo "== Requests per second and latency: median of $ROUNDS rounds (lowest..highest requests/s);"
echo "   ratio of medians to $BASE (raw Undertow: fast endpoints on the I/O thread, /sleep on a worker)"
for e in $ENDPOINTS; do
  echo
  printf '%-14s %-18s %10s %16s %7s %9s %9s\n' endpoint server "req/s" "rounds" "ratio" "p50 us" "p99 us"
  for name in $SERVERS; do
    col() { awk -F'\t' -v e="$e" -v s="$1" -v c="$2" '$1 == e && $2 == s {print $c}' "$results"; }
    m=$(col "$name" 3 | median)
    lo=$(col "$name" 3 | sort -g | head -1)
    hi=$(col "$name" 3 | sort -g | tail -1)
    b=$(col "$BASE" 3 | median)
    ratio=$(awk -v m="$m" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", m / b; else print "-" }')
    printf '%-14s %-18s %10.0f %16s %7s %9.0f %9.0f\n' "$e" "$name" "$m" \
      "$(printf '%.0f..%.0f' "$lo" "$hi")" "$ratio" "$(col "$name" 4 | median)" "$(col "$name" 5 | median)"
  done
done
