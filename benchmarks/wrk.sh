#!/usr/bin/env bash
# Whole requests on loopback (issue 5): raw Undertow, Carafe (on Undertow, and on Jetty with
# carafe-jetty, issue 14) and Javalin serving the same three endpoints, measured with wrk in alternating rounds, and their start-up (JVM launch to the first
# 200 response, and resident memory right after it).
#
#   bash benchmarks/wrk.sh                      # build, start-up, then 5 rounds x 10 s per endpoint
#   ROUNDS=3 DURATION=5 bash benchmarks/wrk.sh  # shorter
#   SKIP_BUILD=1 SERVERS="undertow-blocking carafe" bash benchmarks/wrk.sh
#
# Settings (environment): ROUNDS (5; 0 measures only the start-up), DURATION seconds per wrk run (10), WARMUP seconds per server
# and endpoint before the rounds (5), CONNECTIONS (32), THREADS wrk threads (1), STARTS start-ups
# measured per server (5), JAVA (java on the PATH), JAVA25 (Temurin 25), SERVERS (the default
# list below; ALL_SERVERS has two more), CDS=0 to skip the class-data-sharing start-up of Carafe, SKIP_BUILD=1 to use the jars
# already built. Traffic goes to 127.0.0.1 only; every run is bounded by DURATION, and the script
# stops every server it started when it ends.
#
# Output: a table per endpoint (median requests/s over the rounds, lowest and highest round, ratio
# to raw Undertow behind BlockingHandler on the same JDK (carafe-io: to raw Undertow on its I/O
# thread), and the median of the per-round ratios)
# and a start-up table. Kept in KEEP (benchmarks/results/wrk, which charts.py reads): every wrk
# output (SERVER_ENDPOINT-ROUND.txt), results.tsv (endpoint, server, requests/s, round),
# startup.tsv (server, start ms, RSS MiB, one line per start) and summary.txt (this output;
# summary-startup.txt when ROUNDS=0, which leaves the last rounds' files in place); the
# servers' logs and the CDS archive stay in benchmarks/target/wrk/.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
STARTS=${STARTS:-5}
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
CDS=${CDS:-1}
DEFAULT_SERVERS="undertow-blocking undertow-io carafe carafe-jetty javalin undertow-blocking-jdk25 undertow-io-jdk25 carafe-jdk25"
# Also known, for the hand-off question: raw Undertow on a virtual thread per request, with
# Undertow's default buffer pool or with one that has no per-thread caches.
ALL_SERVERS="$DEFAULT_SERVERS undertow-virtual-jdk25 undertow-virtual-nocache-jdk25 carafe-io carafe-io-jdk25"
SERVERS=${SERVERS:-$DEFAULT_SERVERS}
ENDPOINTS="/plaintext /users/42 /nowhere"
OUT=benchmarks/target/wrk
KEEP=${KEEP:-benchmarks/results/wrk}
UNDERTOW_JAR=benchmarks/server-undertow/target/server-undertow.jar
CARAFE_JAR=benchmarks/server-carafe/target/server-carafe.jar
JAVALIN_JAR=benchmarks/server-javalin/target/server-javalin.jar

if ! command -v wrk >/dev/null; then
  echo "== Installing wrk"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== Building the servers"
  mvn -B -q install -DskipTests -pl benchmarks/server-carafe,benchmarks/server-undertow,benchmarks/server-javalin -am
fi
mkdir -p "$OUT" "$KEEP"
# A start-up-only run (ROUNDS=0) keeps the rounds of the last full run.
if [ "$ROUNDS" = 0 ]; then
  exec > >(tee "$KEEP/summary-startup.txt") 2>&1
else
  rm -f "$KEEP"/*.txt "$KEEP"/results.tsv
  exec > >(tee "$KEEP/summary.txt") 2>&1
fi

# name -> port and command line
port_of() {
  local i=0
  [ "$1" = carafe-cds ] && set -- carafe
  for s in $ALL_SERVERS; do
    [ "$s" = "$1" ] && { echo $((18080 + i)); return; }
    i=$((i + 1))
  done
  echo "Unknown server $1 (known: $ALL_SERVERS)" >&2
  exit 2
}
command_of() {
  local port
  port=$(port_of "$1")
  case "$1" in
    undertow-blocking) echo "$JAVA -jar $UNDERTOW_JAR --port $port --mode blocking" ;;
    undertow-io) echo "$JAVA -jar $UNDERTOW_JAR --port $port --mode io" ;;
    carafe) echo "$JAVA -jar $CARAFE_JAR --port $port" ;;
    carafe-jetty) echo "$JAVA -jar $CARAFE_JAR --port $port --server jetty" ;;
    carafe-cds) echo "$JAVA -XX:SharedArchiveFile=$OUT/carafe.jsa -jar $CARAFE_JAR --port $port" ;;
    javalin) echo "$JAVA -jar $JAVALIN_JAR --port $port" ;;
    undertow-blocking-jdk25) echo "$JAVA25 -jar $UNDERTOW_JAR --port $port --mode blocking" ;;
    undertow-io-jdk25) echo "$JAVA25 -jar $UNDERTOW_JAR --port $port --mode io" ;;
    carafe-jdk25) echo "$JAVA25 -jar $CARAFE_JAR --port $port" ;;
    carafe-io) echo "$JAVA -cp $CARAFE_JAR dev.carafe.bench.server.BenchIoMain --port $port" ;;
    carafe-io-jdk25) echo "$JAVA25 -cp $CARAFE_JAR dev.carafe.bench.server.BenchIoMain --port $port" ;;
    undertow-virtual-jdk25) echo "$JAVA25 -jar $UNDERTOW_JAR --port $port --mode virtual" ;;
    undertow-virtual-nocache-jdk25) echo "$JAVA25 -jar $UNDERTOW_JAR --port $port --mode virtual --pool nocache" ;;
    *) echo "Unknown server $1" >&2; exit 2 ;;
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

# Starts server $1 (command $2) in the background and waits for its first 200 on /plaintext.
# Sets STARTED_PID, START_MS (JVM launch to the first 200) and RSS_KIB (resident set right after).
start_server() {
  local name=$1 cmd=$2 port url t0 t1
  port=${cmd##* --port }
  port=${port%% *}
  url=http://127.0.0.1:$port/plaintext
  if [ "$(status_of "$url")" != 000 ]; then
    echo "Port $port is already in use" >&2
    exit 1
  fi
  t0=$(date +%s%N)
  $cmd >>"$OUT/$name.log" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
  until [ "$(status_of "$url")" = 200 ]; do
    if ! kill -0 "$STARTED_PID" 2>/dev/null; then
      echo "$name died at start-up; see $OUT/$name.log" >&2
      exit 1
    fi
    if [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 30000 ]; then
      echo "$name did not answer within 30 s" >&2
      exit 1
    fi
  done
  t1=$(date +%s%N)
  START_MS=$(( (t1 - t0) / 1000000 ))
  RSS_KIB=$(awk '/^VmRSS:/ {print $2}' "/proc/$STARTED_PID/status")
}

stop_server() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  local kept=()
  for pid in "${PIDS[@]}"; do [ "$pid" != "$1" ] && kept+=("$pid"); done
  PIDS=("${kept[@]+"${kept[@]}"}")
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "== $($JAVA -version 2>&1 | head -1); $($JAVA25 -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1)"
echo "== wrk -t$THREADS -c$CONNECTIONS, $ROUNDS rounds x ${DURATION}s per server and endpoint, after ${WARMUP}s of warm-up"

START_SERVERS="$SERVERS"
if [ "$CDS" = 1 ] && [[ " $SERVERS " == *" carafe "* ]]; then
  # A dynamic class-data-sharing archive of Carafe's classes as loaded while serving all three
  # endpoints, then the same start-up measured with it.
  rm -f "$OUT/carafe.jsa"
  start_server carafe-cds-dump "$JAVA -XX:ArchiveClassesAtExit=$OUT/carafe.jsa -jar $CARAFE_JAR --port $(port_of carafe)"
  for e in $ENDPOINTS; do status_of "http://127.0.0.1:$(port_of carafe)$e" >/dev/null; done
  stop_server "$STARTED_PID"
  [ -f "$OUT/carafe.jsa" ] && START_SERVERS="$SERVERS carafe-cds" || echo "No CDS archive was written" >&2
fi

echo
echo "== Start-up: JVM launch to the first 200 on /plaintext, and RSS then (median of $STARTS starts,"
echo "   taken in alternating order like the rounds)"
declare -A START_TIMES START_RSS
: >"$KEEP/startup.tsv"
for _ in $(seq "$STARTS"); do
  for name in $START_SERVERS; do
    start_server "$name" "$(command_of "$name")"
    stop_server "$STARTED_PID"
    START_TIMES[$name]="${START_TIMES[$name]:-} $START_MS"
    START_RSS[$name]="${START_RSS[$name]:-} $(awk -v k="$RSS_KIB" 'BEGIN { printf "%.1f", k / 1024 }')"
    printf '%s\t%s\t%s\n' "$name" "$START_MS" "$(awk -v k="$RSS_KIB" 'BEGIN { printf "%.1f", k / 1024 }')" >>"$KEEP/startup.tsv"
  done
done
printf '%-24s %10s %10s   %s\n' server "start ms" "RSS MiB" "all starts (ms / MiB)"
for name in $START_SERVERS; do
  printf '%-24s %10s %10s   %s /%s\n' "$name" \
    "$(printf '%s\n' ${START_TIMES[$name]} | median)" "$(printf '%s\n' ${START_RSS[$name]} | median)" \
    "${START_TIMES[$name]# }" "${START_RSS[$name]}"
done

if [ "$ROUNDS" = 0 ]; then
  exit 0
fi

echo
echo "== Starting the servers one at a time, checking their answers, warming up"
for name in $SERVERS; do
  start_server "$name" "$(command_of "$name")"
  port=$(port_of "$name")
  for e in $ENDPOINTS; do
    want=200; [ "$e" = /nowhere ] && want=404
    got=$(status_of "http://127.0.0.1:$port$e")
    [ "$got" = "$want" ] || { echo "$name answered $got to $e, not $want" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$port$e" >/dev/null
  done
done

results="$KEEP/results.tsv"
: >"$results"
for round in $(seq "$ROUNDS"); do
  echo "== Round $round of $ROUNDS"
  for e in $ENDPOINTS; do
    for name in $SERVERS; do
      port=$(port_of "$name")
      log="$KEEP/$name$(echo "$e" | tr / _)-$round.txt"
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$port$e" >"$log"
      rps=$(awk '/^Requests\/sec:/ {print $2}' "$log")
      if grep -q 'Socket errors' "$log"; then echo "   $name $e: $(grep 'Socket errors' "$log")" >&2; fi
      if [ "$e" != /nowhere ] && grep -q 'Non-2xx' "$log"; then echo "   $name $e: $(grep 'Non-2xx' "$log")" >&2; fi
      printf '%s\t%s\t%s\t%s\n' "$e" "$name" "$rps" "$round" >>"$results"
    done
  done
done
stop_all

echo
echo "== Requests per second: median of $ROUNDS rounds (lowest..highest); ratio of medians to raw"
echo "   Undertow behind BlockingHandler on the same JDK (carafe-io: to raw Undertow on its I/O"
echo "   thread); paired: the median of the per-round ratios"
echo "   (each round's figure over the baseline's in the same round, seconds apart), which drift"
echo "   between rounds on a shared machine does not move, with their lowest and highest"
for e in $ENDPOINTS; do
  echo
  printf '%-12s %-24s %10s %16s %7s %18s\n' endpoint server "median" "rounds" "ratio" "paired"
  for name in $SERVERS; do
    # Carafe on the I/O thread is held to raw Undertow on the I/O thread; every other server to
    # raw Undertow behind BlockingHandler; each on its own JDK.
    base=undertow-blocking
    [[ $name == carafe-io* ]] && base=undertow-io
    [[ $name == *-jdk25 ]] && base=$base-jdk25
    figures() { awk -F'\t' -v e="$e" -v s="$1" '$1 == e && $2 == s {print $3}' "$results"; }
    m=$(figures "$name" | median)
    lo=$(figures "$name" | sort -g | head -1)
    hi=$(figures "$name" | sort -g | tail -1)
    b=$(figures "$base" | median)
    ratio=$(awk -v m="$m" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", m / b; else print "-" }')
    pairs=$(awk -F'\t' -v e="$e" -v s="$name" -v b="$base" '
      $1 == e && $2 == s { mine[$4] = $3 } $1 == e && $2 == b { base[$4] = $3 }
      END { for (r in mine) if (base[r] > 0) print mine[r] / base[r] }' "$results")
    paired=-
    if [ -n "$pairs" ] && [[ " $SERVERS " == *" $base "* ]]; then
      paired=$(printf '%.2f (%.2f..%.2f)' "$(echo "$pairs" | median)" \
        "$(echo "$pairs" | sort -g | head -1)" "$(echo "$pairs" | sort -g | tail -1)")
    fi
    printf '%-12s %-24s %10.0f %16s %7s %18s\n' "$e" "$name" "$m" "$(printf '%.0f..%.0f' "$lo" "$hi")" "$ratio" "$paired"
  done
done
