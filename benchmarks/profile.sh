#!/usr/bin/env bash
# Profiles one server of benchmarks/wrk.sh under wrk with Java Flight Recorder and prints where
# its threads spend their time: the hottest top frames, the hottest Carafe frames anywhere on the
# stack, and (for virtual threads) pinning and parking.
#
#   bash benchmarks/profile.sh [carafe|carafe-jdk25|undertow-blocking|...] [endpoint]
#   e.g. bash benchmarks/profile.sh carafe-jdk25 /plaintext
#
# Builds nothing: run benchmarks/wrk.sh (or mvn -B -q install -DskipTests) first. Traffic goes to
# 127.0.0.1 only: 10 s of warm-up, then 20 s recorded, then the server is stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER=${1:-carafe}
ENDPOINT=${2:-/plaintext}
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
CONNECTIONS=${CONNECTIONS:-32}
OUT=benchmarks/target/profile
PORT=18099
mkdir -p "$OUT"
JFR_FILE="$OUT/$SERVER$(echo "$ENDPOINT" | tr / _).jfr"

java_bin=$JAVA
[[ $SERVER == *-jdk25 ]] && java_bin=$JAVA25
jfr_bin="$(dirname "$(readlink -f "$(command -v "$java_bin")")")/jfr"
case "${SERVER%-jdk25}" in
  undertow-blocking) args=(-jar benchmarks/server-undertow/target/server-undertow.jar --port $PORT --mode blocking) ;;
  undertow-io) args=(-jar benchmarks/server-undertow/target/server-undertow.jar --port $PORT --mode io) ;;
  undertow-virtual) args=(-jar benchmarks/server-undertow/target/server-undertow.jar --port $PORT --mode virtual) ;;
  carafe) args=(-jar benchmarks/server-carafe/target/server-carafe.jar --port $PORT) ;;
  javalin) args=(-jar benchmarks/server-javalin/target/server-javalin.jar --port $PORT) ;;
  *) echo "Unknown server $SERVER" >&2; exit 2 ;;
esac

"$java_bin" -XX:StartFlightRecording=delay=10s,duration=20s,settings=profile,filename="$JFR_FILE" \
  "${args[@]}" >"$OUT/$SERVER.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$PORT$ENDPOINT"; do sleep 0.05; done
wrk -t1 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT$ENDPOINT" | grep Requests/sec | sed 's/^/warm-up /'
wrk -t1 -c"$CONNECTIONS" -d21s "http://127.0.0.1:$PORT$ENDPOINT" | grep Requests/sec | sed 's/^/recorded /'
sleep 2
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT

samples="$OUT/samples.txt"
"$jfr_bin" print --events jdk.ExecutionSample --stack-depth 64 "$JFR_FILE" >"$samples"
total=$(grep -c 'jdk.ExecutionSample' "$samples" || true)
echo "== $SERVER $ENDPOINT: $total execution samples ($JFR_FILE)"
echo "-- hottest top frames"
awk '/stackTrace = \[/ { getline; sub(/^ +/, ""); sub(/line:.*/, ""); print }' "$samples" \
  | sort | uniq -c | sort -rn | head -25
echo "-- Carafe frames anywhere on the stack (share of samples)"
awk '/jdk.ExecutionSample/ { delete seen } /dev\.carafe\./ { f = $0; sub(/^ +/, "", f); sub(/line:.*/, "", f); if (!(f in seen)) { seen[f] = 1; print f } }' "$samples" \
  | sort | uniq -c | sort -rn | head -20 | awk -v t="$total" '{ printf "%6d %5.1f%%  %s\n", $1, 100 * $1 / t, substr($0, index($0, $2)) }'
echo "-- other events"
for event in jdk.VirtualThreadPinned jdk.ThreadPark jdk.JavaMonitorEnter jdk.SocketWrite jdk.SocketRead jdk.GarbageCollection; do
  printf '%-26s %s\n' "$event" "$("$jfr_bin" print --events "$event" "$JFR_FILE" | grep -c "^$event" || true)"
done
