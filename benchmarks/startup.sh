#!/usr/bin/env bash
# Start-up and memory (issue 16): JVM launch to the first 200 response, and the resident set
# (VmRSS) at that moment, without and with a class-data-sharing archive, for
#   - generated applications of N routes (benchmarks/tools/GenerateScaleApp.java, the five shapes
#     of scale.sh), compiled with the Carafe processor and packed in a jar (an archive maps classes
#     from jars only), first 200 on the static route /r0/items;
#   - Flaskr's jar (sample-app) with the archive its build writes beside it
#     (target/carafe-sample-app.jsa, README "Fast start"), first 200 on /hello.
# A generated application's archive is made as the sample application's build makes Flaskr's: one
# run with -XX:ArchiveClassesAtExit that serves a static and a dynamic route, stopped with SIGTERM.
# The modes' starts alternate (default, cds, default, ...), so that a change of load on the
# machine touches all; each start runs in a fresh process, polled with curl until the first 200.
#
#   bash benchmarks/startup.sh                 # N = 10 1000 10000, 7 starts per mode
#   SIZES="10 1000" STARTS=5 SKIP_BUILD=1 bash benchmarks/startup.sh
#
# Settings (environment): SIZES (10 1000 10000), STARTS per mode and application (7), JAVA (java
# on the PATH; Flaskr's jar and archive must have been built by the same JDK, or its archive is
# not used), SKIP_BUILD=1 to use the jars already built, FLASKR=0 to leave Flaskr out, OUT for
# the applications and logs (benchmarks/target/startup), RESULTS for the raw figures
# (benchmarks/results/startup/jdkNN, NN the major version of JAVA). Run from the repository
# root. Needs JDK 17+, curl, python3.
#
# Raw figures, one row per start, columns routes,mode,run,startup_ms,rss_kib,cpu_ms (mode: default,
# cds, and on JDK 25 aot, an AOT cache made by a training run alike; cpu_ms, the JVM's CPU time at
# the first 200, depends less than startup_ms on what else the machine runs): $RESULTS/routes.csv
# for the generated applications, $RESULTS/flaskr.csv for Flaskr (routes: its number of rules);
# $RESULTS/run.txt says when, on which JDK and commit, and under what load.
set -euo pipefail

SIZES=${SIZES:-"10 1000 10000"}
STARTS=${STARTS:-7}
JAVA=${JAVA:-java}
FLASKR=${FLASKR:-1}
OUT=${OUT:-benchmarks/target/startup}
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
RESULTS=${RESULTS:-benchmarks/results/startup/jdk$JAVA_MAJOR}
ROOT=$(pwd)
FLASKR_JAR=$ROOT/sample-app/target/carafe-sample-app.jar
FLASKR_ARCHIVE=$ROOT/sample-app/target/carafe-sample-app.jsa

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # Flaskr's package phase writes its archive, with the java that runs Maven.
  mvn -B -q -pl runtime/launcher,processor,sample-app -am package -DskipTests
fi
mkdir -p "$OUT" "$RESULTS"
OUT=$(cd "$OUT" && pwd)
RESULTS=$(cd "$RESULTS" && pwd)

# The generated applications' class path, as scale.sh builds it: carafe-runtime and what it
# brings, as this checkout built them; the processor on -processorpath with what it needs at run
# time (JavaPoet, the gateway, jte's compiler), as annotationProcessorPaths resolves it.
mvn -B -q -o -pl runtime/launcher -am jar:jar dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$OUT/runtime-deps.txt" >/dev/null
CP="$(ls "$ROOT"/runtime/launcher/target/carafe-runtime-*.jar | grep -v -e sources -e javadoc -e tests | head -1):$(cat "$OUT/runtime-deps.txt")"
mvn -B -q -o -pl processor -am jar:jar dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$OUT/processor-deps.txt" >/dev/null
PROCESSOR_PATH="$(ls "$ROOT"/processor/target/carafe-processor-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$OUT/processor-deps.txt")"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SERVER_PID=
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; true' EXIT

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null || true; }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# start LOG PATH COMMAND...: starts COMMAND (with --port $PORT) in the current folder and waits for
# its first 200 on PATH. Sets SERVER_PID, START_MS (launch to the first 200), RSS_KIB and CPU_MS
# (the process's CPU time, all threads, user and system) then.
start() {
  local log=$1 path=$2 t0
  shift 2
  [ "$(status_of "http://127.0.0.1:$PORT/")" = 000 ] || { echo "port $PORT is in use" >&2; exit 1; }
  t0=$(date +%s%N)
  "$@" --port "$PORT" >"$log" 2>&1 &
  SERVER_PID=$!
  until [ "$(status_of "http://127.0.0.1:$PORT$path")" = 200 ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server died at start-up; see $log:" >&2; tail -5 "$log" >&2; exit 1; }
    if [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 60000 ]; then echo "no 200 on $path within 60 s; see $log" >&2; exit 1; fi
  done
  START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  RSS_KIB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
  # utime + stime of all the JVM's threads (fields 14 and 15 after the command's parenthesis).
  CPU_MS=$(sed 's/^.*) //' "/proc/$SERVER_PID/stat" | awk -v hz="$(getconf CLK_TCK)" '{ print int(($12 + $13) * 1000 / hz) }')
}

# stop: SIGTERM, as a service manager stops it; the JVM writes an archive it was asked for on exit.
stop() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }

# train LOG OPTION PATH... COMMAND...: one run of COMMAND with OPTION (the one that writes an
# archive or a cache at exit), its first 200 on the first PATH, then the others, then SIGTERM.
# PATHs are the arguments that start with a slash.
train() {
  local log=$1 option=$2 paths=() p
  shift 2
  while [[ "$1" == /* ]]; do paths+=("$1"); shift; done
  start "$log" "${paths[0]}" "$JAVA" "$option" "$@"
  for p in "${paths[@]:1}"; do
    [ "$(status_of "http://127.0.0.1:$PORT$p")" = 200 ] || { echo "training: $p failed; see $log" >&2; exit 1; }
  done
  stop
}

# measure CSV ROUTES LABEL PATH COMMAND...: STARTS starts of COMMAND in each mode, alternating
# (default; cds: -XX:SharedArchiveFile=$CDS_ARCHIVE; aot, where $AOT_CACHE is set:
# -XX:AOTCache=$AOT_CACHE), first 200 on PATH; a row per start in CSV, medians on the terminal.
measure() {
  local csv=$1 routes=$2 label=$3 path=$4 run mode modes="default cds"
  shift 4
  local -A times=() rss=() cpu=() option=([default]="" [cds]="-XX:SharedArchiveFile=$CDS_ARCHIVE")
  if [ -n "${AOT_CACHE:-}" ]; then modes="$modes aot"; option[aot]="-XX:AOTCache=$AOT_CACHE"; fi
  # A JVM that cannot map the archive or cache (another JDK, another jar) does not start with
  # -Xshare:on (the AOT cache: -XX:AOTMode=on): the figures are of starts that used it.
  "$JAVA" -Xshare:on "${option[cds]}" "$@" --routes >/dev/null 2>&1 \
    || { echo "$label: the JVM cannot map $CDS_ARCHIVE" >&2; exit 1; }
  if [ -n "${AOT_CACHE:-}" ]; then
    "$JAVA" -XX:AOTMode=on "${option[aot]}" "$@" --routes >/dev/null 2>&1 \
      || { echo "$label: the JVM cannot use $AOT_CACHE" >&2; exit 1; }
  fi
  for run in $(seq "$STARTS"); do
    for mode in $modes; do
      # shellcheck disable=SC2086 # the default mode has no option
      start "$OUT/$label-$mode.log" "$path" "$JAVA" ${option[$mode]} "$@"
      stop
      echo "$routes,$mode,$run,$START_MS,$RSS_KIB,$CPU_MS" >>"$csv"
      times[$mode]="${times[$mode]:-} $START_MS"
      rss[$mode]="${rss[$mode]:-} $RSS_KIB"
      cpu[$mode]="${cpu[$mode]:-} $CPU_MS"
    done
  done
  for mode in $modes; do
    printf '%-20s %-8s first 200: median %5d ms (%s )  CPU: median %5d ms  RSS: median %6.1f MiB\n' \
      "$label" "$mode" "$(echo "${times[$mode]}" | median)" "${times[$mode]}" \
      "$(echo "${cpu[$mode]}" | median)" "$(echo "${rss[$mode]}" | median | awk '{ print $1 / 1024 }')"
  done
}

# JDK 25's AOT cache (JEPs 483, 514, 515: classes loaded and linked, and method profiles, from a
# training run), measured beside the CDS archive where the JDK has it.
AOT=0
if "$JAVA" -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then AOT=1; fi

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with changes)')"
  echo "java: $("$JAVA" -version 2>&1 | head -2 | tail -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "sizes: $SIZES; starts per mode: $STARTS"
} >"$RESULTS/run.txt"
echo "routes,mode,run,startup_ms,rss_kib,cpu_ms" >"$RESULTS/routes.csv"

for n in $SIZES; do
  dir="$OUT/$n"
  rm -rf "$dir"
  java "$ROOT/benchmarks/tools/GenerateScaleApp.java" "$n" "$dir" >/dev/null
  mkdir -p "$dir/classes"
  javac -processorpath "$PROCESSOR_PATH" -cp "$CP" -d "$dir/classes" \
    @"$dir/sources.txt" >"$dir/javac.log" 2>&1 || { cat "$dir/javac.log" >&2; exit 1; }
  "$(dirname "$(readlink -f "$(command -v javac)")")/jar" --create --file "$dir/app.jar" -C "$dir/classes" .
  app=(-cp "$dir/app.jar:$CP" dev.carafe.bench.scale.ScaleMain)
  # The training runs: a static and a dynamic route, then SIGTERM writes the archive (the cache).
  rm -f "$dir/app.jsa" "$dir/app.aot"
  train "$dir/training.log" "-XX:ArchiveClassesAtExit=$dir/app.jsa" /r0/items /r0/items/42 "${app[@]}"
  [ -s "$dir/app.jsa" ] || { echo "no archive written; see $dir/training.log" >&2; exit 1; }
  CDS_ARCHIVE=$dir/app.jsa AOT_CACHE=
  if [ "$AOT" = 1 ]; then
    train "$dir/training-aot.log" "-XX:AOTCacheOutput=$dir/app.aot" /r0/items /r0/items/42 "${app[@]}"
    [ -s "$dir/app.aot" ] || { echo "no AOT cache written; see $dir/training-aot.log" >&2; exit 1; }
    AOT_CACHE=$dir/app.aot
  fi
  (cd "$dir" && measure "$RESULTS/routes.csv" "$n" "$n routes" /r0/items "${app[@]}")
done

if [ "$FLASKR" = 1 ]; then
  [ -s "$FLASKR_ARCHIVE" ] || { echo "no $FLASKR_ARCHIVE: build sample-app with this JDK" >&2; exit 1; }
  echo "routes,mode,run,startup_ms,rss_kib,cpu_ms" >"$RESULTS/flaskr.csv"
  # One database for every start, made first, so that no start pays for creating its tables.
  rm -rf "$OUT/flaskr" && mkdir -p "$OUT/flaskr"
  cd "$OUT/flaskr"
  "$JAVA" -jar "$FLASKR_JAR" init-db >/dev/null 2>&1
  rules=$("$JAVA" -jar "$FLASKR_JAR" --routes 2>/dev/null | tail -n +3 | grep -c .)
  CDS_ARCHIVE=$FLASKR_ARCHIVE AOT_CACHE=
  if [ "$AOT" = 1 ]; then
    # Flaskr's AOT cache from the same requests as its build's archive.
    rm -f "$OUT/flaskr.aot"
    train "$OUT/flaskr-training-aot.log" "-XX:AOTCacheOutput=$OUT/flaskr.aot" /hello / /auth/login \
      /auth/register /static/style.css /api/posts -jar "$FLASKR_JAR"
    AOT_CACHE=$OUT/flaskr.aot
  fi
  measure "$RESULTS/flaskr.csv" "$rules" "Flaskr ($rules rules)" /hello -jar "$FLASKR_JAR"
  cd "$ROOT"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/run.txt"
echo "Raw figures in $RESULTS"
