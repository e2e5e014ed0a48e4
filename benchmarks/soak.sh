#!/usr/bin/env bash
# A soak (issue 15): Flaskr (sample-app) under wrk at saturation for a long time, sampled every
# SAMPLE seconds: wrk's errors in that interval, the heap after a full GC, the JVM's threads and
# its open file descriptors. Prints a table and fails when any request failed or a count grew.
#
#   bash benchmarks/soak.sh                          # build, then 10 minutes
#   DURATION=60 SKIP_BUILD=1 bash benchmarks/soak.sh # a minute, with the jar already built
#   SERVER=jetty bash benchmarks/soak.sh             # on Jetty rather than Undertow
#
# The load: wrk -tTHREADS -cCONNECTIONS (2 and 64) rotating over Flaskr's pages that read the
# database and render templates, the JSON API, a static file and /hello (benchmarks/target/soak/
# mix.lua), on a SQLite database of 100 posts made for the run. wrk runs in back-to-back
# intervals of SAMPLE seconds (30), so that its errors are known per interval; between two, the
# script asks the JVM for a full GC (jcmd PID GC.run) and reads the heap then (GC.heap_info), and
# reads the threads (/proc/PID/status) and descriptors (/proc/PID/fd).
#
# Settings (environment): DURATION seconds of load after the warm-up (600), WARMUP seconds before
# the first sample (30), SAMPLE seconds per interval (30), CONNECTIONS (64), THREADS (2),
# TIMEOUT wrk's request timeout (10s), SERVER (undertow or jetty), JAVA (java on the PATH),
# JAVA_OPTS (none), PORT (18190), ACCESS_LOG=1 to keep Flaskr's access log (off: a line per
# request for ten minutes is gigabytes), SKIP_BUILD=1 to use the jar already built.
#
# It fails (exit status 1) when wrk saw any error (a socket error, a timeout, a status of 400 or
# more) or when, from the first sample to the last, the heap after GC grew by more than a tenth
# (and 2 MiB), or the threads or the descriptors grew at all past the highest of the first third
# of the samples (the pools have grown to their working size by then).
# Output and Flaskr's log: benchmarks/target/soak/.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-600}
WARMUP=${WARMUP:-30}
SAMPLE=${SAMPLE:-30}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
SERVER=${SERVER:-undertow}
JAVA=${JAVA:-java}
PORT=${PORT:-18190}
ACCESS_LOG=${ACCESS_LOG:-0}
OUT=benchmarks/target/soak
JAR=sample-app/target/carafe-sample-app.jar
DB=$PWD/$OUT/flaskr.sqlite
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== Building Flaskr"
  mvn -B -o -q -pl sample-app -am package -DskipTests
fi
mkdir -p "$OUT"

# The database: Flaskr's tables (init-db), a user and 100 posts.
rm -f "$DB" "$DB-wal" "$DB-shm"
CARAFE_DATABASE="$DB" "$JAVA" -jar "$JAR" init-db >"$OUT/init-db.log" 2>&1
python3 - "$DB" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("INSERT INTO user (username, password) VALUES ('soak', 'pbkdf2:sha256:1000$salt$00')")
con.executemany("INSERT INTO post (title, body, author_id) VALUES (?, ?, 1)",
                [(f"Post {i} <about> & 'things'", f"Body of post {i}.\n\n" + "words " * 60) for i in range(100)])
con.commit()
PY

# wrk's requests: the pages in turn.
cat >"$OUT/mix.lua" <<'LUA'
local paths = {"/", "/hello", "/api/posts", "/api/posts/7", "/static/style.css", "/auth/login",
               "/auth/register", "/"}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

JAVA_LOG=()
if [ "$ACCESS_LOG" = 0 ]; then
  printf 'handlers = java.util.logging.ConsoleHandler\n.level = INFO\ndev.carafe.access.level = OFF\n' \
    >"$OUT/no-access-log.properties"
  JAVA_LOG=(-Djava.util.logging.config.file="$PWD/$OUT/no-access-log.properties")
fi

# shellcheck disable=SC2086
env CARAFE_DATABASE="$DB" CARAFE_SECRET_KEY="soak-$(date +%s%N)" \
  "$JAVA" ${JAVA_OPTS:-} "${JAVA_LOG[@]+"${JAVA_LOG[@]}"}" -jar "$JAR" --port "$PORT" --server "$SERVER" \
  >"$OUT/flaskr.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/hello" || true)" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { echo "Flaskr died at start-up; see $OUT/flaskr.log" >&2; exit 1; }
  sleep 0.2
done
for path in / /hello /api/posts /api/posts/7 /static/style.css /auth/login /auth/register; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
  [ "$code" = 200 ] || { echo "Flaskr answered $code to $path" >&2; exit 1; }
done

# Heap used after a full GC, in KiB, from GC.heap_info's first line ("... total NK, used NK").
heap_after_gc() {
  "$JCMD" "$PID" GC.run >/dev/null
  "$JCMD" "$PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9
}
threads_of() { awk '/^Threads:/ {print $2}' "/proc/$PID/status"; }
fds_of() { ls "/proc/$PID/fd" | wc -l; }
# wrk's errors in a run's output: socket errors of every kind and statuses of 400 or more.
errors_of() {
  awk '/Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
       /Non-2xx or 3xx responses:/ { n += $5 } END { print n + 0 }' "$1"
}

echo "== Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1)"
echo "== Flaskr on $SERVER (pid $PID), wrk -t$THREADS -c$CONNECTIONS --timeout $TIMEOUT over $(grep -o '"/[^"]*"' "$OUT/mix.lua" | tr -d '"' | sort -u | tr '\n' ' ')"
echo "== ${WARMUP}s of warm-up, then ${DURATION}s sampled every ${SAMPLE}s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "$TIMEOUT" -s "$OUT/mix.lua" \
  "http://127.0.0.1:$PORT" >"$OUT/wrk-warmup.txt"

printf '%8s %10s %8s %10s %14s %8s %6s\n' seconds requests req/s errors "heap MiB" threads fds | tee "$OUT/samples.txt"
samples=$OUT/samples.tsv
: >"$samples"
elapsed=0
total_errors=$(errors_of "$OUT/wrk-warmup.txt")
total_requests=0
while [ "$elapsed" -lt "$DURATION" ]; do
  log="$OUT/wrk-$elapsed.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SAMPLE}s" --timeout "$TIMEOUT" -s "$OUT/mix.lua" \
    "http://127.0.0.1:$PORT" >"$log"
  elapsed=$((elapsed + SAMPLE))
  requests=$(awk '/requests in/ {print $1}' "$log")
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$log")
  errors=$(errors_of "$log")
  heap=$(heap_after_gc)
  threads=$(threads_of)
  fds=$(fds_of)
  total_errors=$((total_errors + errors))
  total_requests=$((total_requests + requests))
  printf '%s\t%s\t%s\t%s\t%s\n' "$elapsed" "$errors" "$heap" "$threads" "$fds" >>"$samples"
  printf '%8s %10s %8s %10s %14s %8s %6s\n' "$elapsed" "$requests" "$rps" "$errors" \
    "$(awk -v k="$heap" 'BEGIN { printf "%.1f", k / 1024 }')" "$threads" "$fds" | tee -a "$OUT/samples.txt"
done

kill -0 "$PID" 2>/dev/null || { echo "Flaskr died during the soak; see $OUT/flaskr.log" >&2; exit 1; }
verdict=$(awk -F'\t' '
  { n++; heap[n] = $3; threads[n] = $4; fds[n] = $5 }
  END {
    third = int(n / 3); if (third < 1) third = 1
    for (i = 1; i <= third; i++) { if (threads[i] > maxThreads) maxThreads = threads[i]; if (fds[i] > maxFds) maxFds = fds[i] }
    grew = ""
    if (heap[n] > heap[1] * 1.1 + 2048) grew = grew sprintf(" heap %d KiB -> %d KiB;", heap[1], heap[n])
    if (threads[n] > maxThreads) grew = grew sprintf(" threads %d -> %d;", maxThreads, threads[n])
    if (fds[n] > maxFds) grew = grew sprintf(" descriptors %d -> %d;", maxFds, fds[n])
    print grew
  }' "$samples")
echo
echo "== $total_requests requests in ${DURATION}s after the warm-up, $total_errors errors (warm-up included)"
echo "== Heap after GC first/last: $(awk -F'\t' 'NR == 1 {f = $3} {l = $3} END {printf "%.1f / %.1f MiB", f / 1024, l / 1024}' "$samples");" \
  "threads $(awk -F'\t' 'NR == 1 {f = $4} {l = $4} END {print f " / " l}' "$samples");" \
  "descriptors $(awk -F'\t' 'NR == 1 {f = $5} {l = $5} END {print f " / " l}' "$samples")"
status=0
if [ "$total_errors" -gt 0 ]; then
  echo "FAIL: $total_errors requests failed; see $OUT/wrk-*.txt"
  status=1
fi
if [ -n "$verdict" ]; then
  echo "FAIL: grew:$verdict"
  status=1
fi
[ "$status" = 0 ] && echo "PASS: no errors; heap after GC, threads and descriptors flat"
exit "$status"
