#!/usr/bin/env bash
# Build scale (issue 9): applications of N generated routes (benchmarks/tools/GenerateScaleApp.java,
# five shapes), compiled with plain javac (-proc:none) and with the Carafe processor, then started
# and looked up in. For each N it prints and keeps in $OUT/N/:
#   - javac wall time, best of RUNS, without and with the processor (javac's default heap);
#   - the generated sources' bytes per file, in total and per route;
#   - per generated class, its largest method's bytecode (HotSpot JIT limit 8,000 bytes, class-file
#     limit 65,535), its method and constant-pool counts (benchmarks/tools/MethodSizes.java);
#   - start-up of the generated ScaleMain with --port 0: JVM launch to the first 200, median of STARTS,
#     then the heap after start (used, and live after a full GC, by jcmd) and the resident set
#     (benchmarks/startup.sh measures start-up and RSS with and without a CDS archive);
#   - lookup time of the dispatch table (benchmarks/tools/ScaleLookup.java).
#
#   bash benchmarks/scale.sh                 # N = 100 1000 10000
#   SIZES="100 1000" RUNS=3 STARTS=5 bash benchmarks/scale.sh
#
# Settings (environment): SIZES (100 1000 10000), RUNS compilations per mode (3), STARTS start-ups
# (5), LOOKUP=0 to skip the lookup timing, LOOKUP_WARMUP seconds of warm-up per lookup figure (3),
# SKIP_BUILD=1 to use the jars already built (or RUNTIME_CP and PROCESSOR_JAR), OUT
# (benchmarks/target/scale). Run from the repository root. Needs JDK 17+, curl, jcmd.
set -euo pipefail

SIZES=${SIZES:-"100 1000 10000"}
RUNS=${RUNS:-3}
STARTS=${STARTS:-5}
LOOKUP=${LOOKUP:-1}
OUT=${OUT:-benchmarks/target/scale}
ROOT=$(pwd)

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -pl runtime/launcher,processor -am package -DskipTests
fi
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
# The application's class path: carafe-runtime (the launcher) and what it brings (the core, the
# gateway, JSON, Undertow), the runtime modules as this checkout built them, unless RUNTIME_CP says.
if [ -z "${RUNTIME_CP:-}" ]; then
  mvn -B -q -o -pl runtime/launcher -am jar:jar dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$OUT/runtime-deps.txt" >/dev/null
  RUNTIME_CP="$(ls "$ROOT"/runtime/launcher/target/carafe-runtime-*.jar | grep -v -e sources -e javadoc -e tests | head -1):$(cat "$OUT/runtime-deps.txt")"
fi
CP=$RUNTIME_CP
PROCESSOR_JAR=${PROCESSOR_JAR:-$(ls "$ROOT"/processor/target/carafe-processor-*.jar | grep -v -e sources -e javadoc | head -1)}
# The processor's run-time dependencies (JavaPoet, the gateway's status table, jte's compiler), as
# Maven resolves them; the processor is on -processorpath, as users put it on
# annotationProcessorPaths.
mvn -B -q -o -pl processor -am jar:jar dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$OUT/processor-deps.txt" >/dev/null
PP="$PROCESSOR_JAR:$(cat "$OUT/processor-deps.txt")"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
best() { tr ' ' '\n' | grep -v '^$' | sort -n | head -1; }

# compile DIR MODE: javac of DIR's sources into DIR/MODE-classes; prints the wall time in ms, or FAILED.
compile() {
  local dir=$1 mode=$2 flags
  rm -rf "$dir/$mode-classes" "$dir/$mode-gen"
  mkdir -p "$dir/$mode-classes" "$dir/$mode-gen"
  if [ "$mode" = plain ]; then flags=(-proc:none); else flags=(-processorpath "$PP"); fi
  local t0; t0=$(now_ms)
  if javac "${flags[@]}" -cp "$CP" -s "$dir/$mode-gen" -d "$dir/$mode-classes" @"$dir/sources.txt" \
      >"$dir/$mode-javac.log" 2>&1; then
    echo $(( $(now_ms) - t0 ))
  else
    echo "FAILED after $(( $(now_ms) - t0 )) ms" >>"$dir/$mode-javac.log"
    echo FAILED
  fi
}

SUMMARY="$OUT/summary.txt"
: >"$SUMMARY"
for n in $SIZES; do
  dir="$OUT/$n"
  rm -rf "$dir"
  java "$ROOT/benchmarks/tools/GenerateScaleApp.java" "$n" "$dir" >/dev/null
  plain="" carafe="" failed=0
  for _ in $(seq "$RUNS"); do
    plain="$plain $(compile "$dir" plain)"
    t=$(compile "$dir" carafe)
    if [ "$t" = FAILED ]; then failed=1; break; fi
    carafe="$carafe $t"
  done
  {
    echo "== N = $n routes"
    echo "javac -proc:none:        best $(echo "$plain" | best) ms  (runs:$plain)"
    if [ "$failed" = 1 ]; then
      echo "javac + Carafe:          FAILED: $(tail -1 "$dir/carafe-javac.log")"
      echo "  errors: $(grep -c 'error:' "$dir/carafe-javac.log" || true), of which 'code too large': $(grep -c 'code too large' "$dir/carafe-javac.log" || true)"
      grep 'error:' "$dir/carafe-javac.log" | sed 's|.*/carafe-gen/||' | sort | uniq -c | head -10 | sed 's/^/  /'
    else
      echo "javac + Carafe:          best $(echo "$carafe" | best) ms  (runs:$carafe)"
    fi
    total=$(find "$dir/carafe-gen" -name '*.java' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    echo "generated sources:       $total bytes, $(( total / n )) bytes per route"
    find "$dir/carafe-gen" -name '*.java' -printf '%s %f\n' | sort -rn | awk -v n="$n" \
      '{ printf "  %-28s %10d bytes %8.1f per route\n", $2, $1, $1 / n }'
    if [ "$failed" = 0 ]; then
      echo "generated classes (largest method's bytecode; HotSpot compiles up to 8000 bytes):"
      java "$ROOT/benchmarks/tools/MethodSizes.java" "$dir/carafe-classes/dev/carafe/bench/scale" Scale | sed 's/^/  /'
      echo "class files: $(find "$dir/carafe-classes" -name 'Scale*.class' | wc -l) generated, $(find "$dir/carafe-classes" -name 'Scale*.class' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }') bytes"
    fi
  } | tee -a "$SUMMARY"
  [ "$failed" = 1 ] && continue

  # Start-up: JVM launch to the first 200 on a static route, then the heap and the resident set.
  times="" used="" live="" rss=""
  for _ in $(seq "$STARTS"); do
    log="$dir/start.log"
    t0=$(now_ms)
    java -cp "$dir/carafe-classes:$CP" dev.carafe.bench.scale.ScaleMain --port 0 >"$log" 2>&1 &
    pid=$!
    port=""
    for _ in $(seq 3000); do
      port=$(sed -n 's|.*Running on http://[^:]*:\([0-9]*\).*|\1|p' "$log" | head -1)
      if [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/r0/items")" = 200 ]; then
        break
      fi
      kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
      sleep 0.01
    done
    times="$times $(( $(now_ms) - t0 ))"
    used="$used $(jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.1f", v / 1024; exit } }')"
    jcmd "$pid" GC.run >/dev/null
    live="$live $(jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.1f", v / 1024; exit } }')"
    rss="$rss $(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  done
  {
    echo "start-up to first 200:   median $(echo "$times" | median) ms  (starts:$times)"
    echo "heap after start:        used $(echo "$used" | median) MiB, live after full GC $(echo "$live" | median) MiB, RSS $(echo "$rss" | median) MiB (medians)"
    if [ "$LOOKUP" = 1 ]; then
      java -Dwarmup="${LOOKUP_WARMUP:-3}" -cp "$dir/carafe-classes:$CP" "$ROOT/benchmarks/tools/ScaleLookup.java" \
        "$dir/paths.txt" | sed "s/^/lookup (${LOOKUP_WARMUP:-3} s warm-up), /"
    fi
    echo
  } | tee -a "$SUMMARY"
done
echo "Summary in $SUMMARY"
