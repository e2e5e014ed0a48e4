#!/usr/bin/env bash
# Flaskr, Flask's tutorial blog, on Carafe (sample-app/) against Flask's own Flaskr under gunicorn
# (issue 13): the same SQLite file with 100 posts, the same secret key, measured with wrk on
# loopback in alternating rounds (Flask, Carafe, Carafe on JDK 25, Flask, ...), and their start-up.
#
#   bash benchmarks/flaskr.sh                   # build, start-up, then 5 rounds x 10 s (~13 min)
#   QUICK=1 bash benchmarks/flaskr.sh           # 1 round x 3 s, to check that everything answers
#   ROUNDS=3 DURATION=5 SKIP_BUILD=1 SERVERS="flask carafe" bash benchmarks/flaskr.sh
#
# Endpoints: GET / (the blog's index: a database query and a template of 100 posts, logged out),
# GET /hello (no database, no template), POST /auth/login of a user whose password hash is the one
# Flask writes by default (Debian's Werkzeug 2.2: pbkdf2:sha256:260000, about 0.15 s of hashing per
# request, which dominates it) and POST /auth/login of a second user with a cheap hash
# (pbkdf2:sha256:1000), which leaves the form, the query, the session cookie and the redirect.
# Both servers check the same hashes in the same file.
#
# Servers: flask (Flask's Flaskr, copied from the Flask mirror at run time into a temporary folder,
# not kept, under Debian's gunicorn with WORKERS sync workers: 5 = 2 x cores + 1, gunicorn's own
# advice, on a 2-core machine), carafe (sample-app's jar on the default java, JDK 17) and
# carafe-jdk25 (the same jar on Temurin 25, when it is installed). Both servers write one access-log
# line per request (Carafe's AccessLog middleware, which Flaskr's main installs; gunicorn's
# --access-logfile), so both do the same work per request; ACCESS_LOG=0 turns both off (gunicorn
# without --access-logfile, Carafe with its dev.carafe.access logger OFF in a java.util.logging
# configuration), to see what the log costs.
#
# Settings (environment): ROUNDS (5; 0 measures only the start-up), DURATION seconds per wrk run
# (10), WARMUP seconds per server and endpoint before the rounds (5), CONNECTIONS (32), THREADS wrk
# threads (1), TIMEOUT wrk's request timeout (10s: a login queued behind 31 others takes seconds on
# Flask), STARTS start-ups measured per server (5), WORKERS gunicorn sync workers (5), JAVA, JAVA25,
# SERVERS ("flask carafe carafe-jdk25"), ENDPOINTS ("index hello login login-cheap"),
# FLASK_REF (the Flask tag whose examples/tutorial is served: 3.1.3), FLASK_REPO (the Flask git
# mirror), NEW_DB=1 to make the database again, SKIP_BUILD=1 to use the jar already built,
# QUICK=1 (ROUNDS=1 DURATION=3 WARMUP=2 STARTS=1). Traffic goes to 127.0.0.1 only; every server
# this script starts is stopped when it ends.
#
# Output: per endpoint, median requests/s and median p99 latency over the rounds per server, the
# ratio Carafe/Flask of the medians and the median of the per-round ratios; start-up (launch to the
# first 200 on /hello, and to the first index) and memory (RSS at the first 200 and after the
# warm-up; for gunicorn the master and its workers summed, and their PSS, which counts the pages
# they share once). The database: benchmarks/target/flaskr/; raw wrk output, server logs and this summary:
# benchmarks/target/flaskr/run-DATE/ (or RUN_NAME).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${QUICK:-}" ]; then
  ROUNDS=${ROUNDS:-1} DURATION=${DURATION:-3} WARMUP=${WARMUP:-2} STARTS=${STARTS:-1}
fi
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
TIMEOUT=${TIMEOUT:-10s}
STARTS=${STARTS:-5}
WORKERS=${WORKERS:-5}
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
FLASK_REF=${FLASK_REF:-3.1.3}
FLASK_REPO=${FLASK_REPO:-/work/.mirror/pallets+flask/repo}
PYTHON=/usr/bin/python3
GUNICORN=/usr/bin/gunicorn
DEFAULT_SERVERS="flask carafe"
[ -x "$JAVA25" ] && DEFAULT_SERVERS="$DEFAULT_SERVERS carafe-jdk25"
SERVERS=${SERVERS:-$DEFAULT_SERVERS}
ACCESS_LOG=${ACCESS_LOG:-1}
ENDPOINTS=${ENDPOINTS:-index hello login login-cheap}
OUT=benchmarks/target/flaskr
JAR=sample-app/target/carafe-sample-app.jar
DB=$PWD/$OUT/flaskr.sqlite
USER_NAME=bench
PASSWORD='correct horse battery staple'
CHEAP_USER=bench-cheap
CHEAP_METHOD=pbkdf2:sha256:1000

# Debian's packages, when missing.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$GUNICORN" ] || missing+=(gunicorn)
"$PYTHON" -c 'import flask' 2>/dev/null || missing+=(python3-flask)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]}"
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== Building Carafe's Flaskr"
  mvn -B -o -q -pl sample-app -am package -DskipTests
fi
mkdir -p "$OUT"
# This run's raw output (wrk, server logs, the summary printed here); the database stays in $OUT.
RUN_DIR=$OUT/${RUN_NAME:-run-$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$RUN_DIR"
exec > >(tee "$RUN_DIR/summary.txt") 2>&1

# Flask's Flaskr, as the tutorial has it, in a temporary folder; its instance/config.py (which
# create_app reads) points it at the shared database and key.
FLASK_DIR=$(mktemp -d /tmp/flaskr-flask.XXXXXX)
git -C "$FLASK_REPO" archive "$FLASK_REF" examples/tutorial/flaskr | tar -x -C "$FLASK_DIR" --strip-components=2
SECRET_KEY=${SECRET_KEY:-$("$PYTHON" -c 'import secrets; print(secrets.token_hex())')}
mkdir -p "$FLASK_DIR/instance"
printf 'SECRET_KEY = %s\nDATABASE = %s\n' "'$SECRET_KEY'" "'$DB'" >"$FLASK_DIR/instance/config.py"

PIDS=()
stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
  rm -rf "$FLASK_DIR"
}
trap stop_all EXIT

# The database, made once: Flaskr's schema by Flask's init_db, the user registered through Flask's
# own /auth/register (so its hash is Flask's default), the cheap user and 100 posts written
# directly, in write-ahead-log mode (Carafe's pool turns it on; here both read the same mode).
if [ -n "${NEW_DB:-}" ] || [ ! -f "$DB" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  FLASK_DIR=$FLASK_DIR DB=$DB USER_NAME=$USER_NAME PASSWORD=$PASSWORD CHEAP_USER=$CHEAP_USER \
    CHEAP_METHOD=$CHEAP_METHOD "$PYTHON" - <<'EOF'
import os, random, sqlite3, sys
from datetime import datetime, timedelta
sys.path.insert(0, os.environ["FLASK_DIR"])
from flaskr import create_app
from flaskr.db import init_db
from werkzeug.security import generate_password_hash

db = os.environ["DB"]
app = create_app({"DATABASE": db, "SECRET_KEY": "unused"})
with app.app_context():
    init_db()
r = app.test_client().post("/auth/register",
                           data={"username": os.environ["USER_NAME"], "password": os.environ["PASSWORD"]})
assert r.status_code == 302, r.status_code
con = sqlite3.connect(db)
con.execute("INSERT INTO user (username, password) VALUES (?, ?)", (os.environ["CHEAP_USER"],
            generate_password_hash(os.environ["PASSWORD"], os.environ["CHEAP_METHOD"])))
rnd = random.Random(13)
subjects = ["Flask", "Jinja", "SQLite", "gunicorn", "the <script> tag", "Tom & Jerry", "\"quotes\"",
            "O'Reilly's book", "a café in Zürich", "x < y && y > z", "the <b>bold</b> idea",
            "naïve caching", "HTTP/1.1 keep-alive", "R&D notes", "50% off"]
verbs = ["Thoughts on", "Why I stopped using", "A week with", "Notes about", "Debugging",
         "What's new in", "Escaping", "Benchmarking", "Living without", "Re: \"Re:\""]
words = ("the quick brown fox jumps over lazy dog while a request waits for its database "
         "connection and the template escapes every <angle> bracket & ampersand \"quote\" "
         "and 'apostrophe' it meets — naïve café résumé").split()
start = datetime(2024, 1, 1, 8, 0, 0)
posts = []
for i in range(100):
    title = f"{rnd.choice(verbs)} {rnd.choice(subjects)} (part {i + 1})"
    paragraphs = []
    for _ in range(rnd.randint(1, 3)):
        sentence_count = rnd.randint(2, 5)
        sentences = []
        for _ in range(sentence_count):
            sentence = " ".join(rnd.choice(words) for _ in range(rnd.randint(6, 16)))
            sentences.append(sentence[0].upper() + sentence[1:] + rnd.choice([".", "!", "?", "..."]))
        paragraphs.append(" ".join(sentences))
    body = "\n\n".join(paragraphs)
    created = (start + timedelta(hours=7 * i, minutes=rnd.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")
    posts.append((title, body, 1 + (i % 2), created))
con.executemany("INSERT INTO post (title, body, author_id, created) VALUES (?, ?, ?, ?)", posts)
con.commit()
con.execute("PRAGMA journal_mode=WAL")
con.close()
EOF
fi

# The access logs: gunicorn's to a file; Carafe's through java.util.logging to stderr (Flaskr's
# main), which this script sends to a file too.
GUNICORN_LOG=(--access-logfile "$PWD/$RUN_DIR/flask-access.log")
JAVA_LOG=()
if [ "$ACCESS_LOG" = 0 ]; then
  GUNICORN_LOG=()
  printf 'handlers = java.util.logging.ConsoleHandler\n.level = INFO\ndev.carafe.access.level = OFF\n' \
    >"$OUT/no-access-log.properties"
  JAVA_LOG=(-Djava.util.logging.config.file="$PWD/$OUT/no-access-log.properties")
fi

port_of() {
  case "$1" in
    flask) echo 18180 ;;
    carafe) echo 18181 ;;
    carafe-jdk25) echo 18182 ;;
    *) echo "Unknown server $1 (known: flask carafe carafe-jdk25)" >&2; exit 2 ;;
  esac
}
# The command line, as an array in CMD.
command_of() {
  local port
  port=$(port_of "$1")
  case "$1" in
    flask) CMD=("$GUNICORN" --chdir "$FLASK_DIR" --workers "$WORKERS" --worker-class sync
                --bind "127.0.0.1:$port" "${GUNICORN_LOG[@]+"${GUNICORN_LOG[@]}"}" "flaskr:create_app()") ;;
    carafe) CMD=(env CARAFE_DATABASE="$DB" CARAFE_SECRET_KEY="$SECRET_KEY" "$JAVA" "${JAVA_LOG[@]+"${JAVA_LOG[@]}"}" -jar "$JAR" --port "$port") ;;
    carafe-jdk25) CMD=(env CARAFE_DATABASE="$DB" CARAFE_SECRET_KEY="$SECRET_KEY" "$JAVA25" "${JAVA_LOG[@]+"${JAVA_LOG[@]}"}" -jar "$JAR" --port "$port") ;;
  esac
}
path_of() {
  case "$1" in
    index) echo / ;;
    hello) echo /hello ;;
    login | login-cheap) echo /auth/login ;;
    *) echo "Unknown endpoint $1" >&2; exit 2 ;;
  esac
}
# wrk's Lua scripts for the two logins: the form Flaskr's login page posts.
for who in login login-cheap; do
  user=$USER_NAME; [ "$who" = login-cheap ] && user=$CHEAP_USER
  form="username=$(printf %s "$user" | sed 's/ /+/g')&password=$(printf %s "$PASSWORD" | sed 's/ /+/g')"
  cat >"$OUT/$who.lua" <<EOF
wrk.method = "POST"
wrk.body = "$form"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
EOF
done
FORM_DEFAULT="username=$USER_NAME&password=$(printf %s "$PASSWORD" | sed 's/ /+/g')"
FORM_CHEAP="username=$CHEAP_USER&password=$(printf %s "$PASSWORD" | sed 's/ /+/g')"

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true; }

# The server's process and, for gunicorn, its workers.
tree_of() { echo "$1"; pgrep -P "$1" 2>/dev/null || true; }
# KiB of resident memory of the tree (RSS summed) and its proportional set size (PSS).
rss_of() { local s=0 p; for p in $(tree_of "$1"); do s=$((s + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0))); done; echo $s; }
pss_of() { local s=0 p; for p in $(tree_of "$1"); do s=$((s + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0))); done; echo $s; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
# CPU ticks the tree has used.
ticks_of() { local s=0 p; for p in $(tree_of "$1"); do s=$((s + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $s; }
# Waits (up to 15 s) until the server is idle: after a login run it still works through the
# requests wrk gave up on, which would otherwise land in the next server's round.
settle() {
  local before after i
  for i in $(seq 50); do
    before=$(ticks_of "$1"); sleep 0.3; after=$(ticks_of "$1")
    [ $((after - before)) -le 3 ] && return 0
  done
  echo "   (server $1 still busy after 15 s)" >&2
}

# Starts server $1 and waits for its first 200 on /hello, then the index. Sets STARTED_PID,
# START_MS (launch to the first 200 on /hello), INDEX_MS (launch to the first 200 on /) and
# RSS_KIB, PSS_KIB (at the first 200 on /hello).
start_server() {
  local name=$1 port t0 t1 hello
  port=$(port_of "$name")
  hello=http://127.0.0.1:$port/hello
  if [ "$(status_of "$hello")" != 000 ]; then
    echo "Port $port is already in use" >&2
    exit 1
  fi
  command_of "$name"
  t0=$(date +%s%N)
  "${CMD[@]}" >>"$RUN_DIR/$name.log" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
  until [ "$(status_of "$hello")" = 200 ]; do
    if ! kill -0 "$STARTED_PID" 2>/dev/null; then
      local code=0
      wait "$STARTED_PID" || code=$?
      echo "$name died at start-up (exit status $code); see $RUN_DIR/$name.log:" >&2
      tail -5 "$RUN_DIR/$name.log" >&2
      exit 1
    fi
    if [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 60000 ]; then
      echo "$name did not answer within 60 s" >&2
      exit 1
    fi
  done
  t1=$(date +%s%N)
  START_MS=$(( (t1 - t0) / 1000000 ))
  RSS_KIB=$(rss_of "$STARTED_PID")
  PSS_KIB=$(pss_of "$STARTED_PID")
  [ "$(status_of "http://127.0.0.1:$port/")" = 200 ] || { echo "$name did not serve its index" >&2; exit 1; }
  INDEX_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_server() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  local kept=()
  for pid in "${PIDS[@]}"; do [ "$pid" != "$1" ] && kept+=("$pid"); done
  PIDS=("${kept[@]+"${kept[@]}"}")
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# wrk's 99th percentile in ms.
p99_of() {
  awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
    printf "%.2f", v * f }' "$1"
}
# wrk against server $1, endpoint $2, for $3 seconds, output to $4.
run_wrk() {
  local port path script=()
  port=$(port_of "$1")
  path=$(path_of "$2")
  [[ $2 == login* ]] && script=(-s "$OUT/$2.lua")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" --timeout "$TIMEOUT" --latency "${script[@]}" \
    "http://127.0.0.1:$port$path" >"$4"
}

flask_version=$("$PYTHON" -c 'import importlib.metadata as m; print("Flask", m.version("flask") + ", Werkzeug", m.version("werkzeug"), "(Debian python3-flask)")')
echo "== Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $flask_version; gunicorn $("$GUNICORN" --version 2>&1 | awk '{print $NF}' | tr -d '()') with $WORKERS sync workers; $($PYTHON --version)"
echo "== $($JAVA -version 2>&1 | head -1); $([ -x "$JAVA25" ] && "$JAVA25" -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1)"
echo "== Flask's Flaskr from $FLASK_REPO at $FLASK_REF (examples/tutorial), in $FLASK_DIR"
echo "== Database $DB: $("$PYTHON" -c "import sqlite3; c = sqlite3.connect('$DB'); print(c.execute('select count(*) from post').fetchone()[0], 'posts;', ', '.join(u + ': ' + p.split('\$')[0] for u, p in c.execute('select username, password from user')))")"
echo "== Access logs: $([ "$ACCESS_LOG" = 0 ] && echo off || echo 'on (a line per request, to a file)')"
echo "== wrk -t$THREADS -c$CONNECTIONS --timeout $TIMEOUT, $ROUNDS rounds x ${DURATION}s per server and endpoint, after ${WARMUP}s of warm-up"

echo
echo "== Start-up: launch to the first 200 on /hello and then on / (the first index), memory at the"
echo "   first 200 (median of $STARTS starts, in alternating order)"
declare -A START_TIMES INDEX_TIMES START_RSS START_PSS
for _ in $(seq "$STARTS"); do
  for name in $SERVERS; do
    start_server "$name"
    stop_server "$STARTED_PID"
    START_TIMES[$name]="${START_TIMES[$name]:-} $START_MS"
    INDEX_TIMES[$name]="${INDEX_TIMES[$name]:-} $INDEX_MS"
    START_RSS[$name]="${START_RSS[$name]:-} $(mib "$RSS_KIB")"
    START_PSS[$name]="${START_PSS[$name]:-} $(mib "$PSS_KIB")"
  done
done
printf '%-14s %10s %10s %10s %10s   %s\n' server "/hello ms" "index ms" "RSS MiB" "PSS MiB" "all starts (ms)"
for name in $SERVERS; do
  printf '%-14s %10s %10s %10s %10s   %s\n' "$name" \
    "$(printf '%s\n' ${START_TIMES[$name]} | median)" "$(printf '%s\n' ${INDEX_TIMES[$name]} | median)" \
    "$(printf '%s\n' ${START_RSS[$name]} | median)" "$(printf '%s\n' ${START_PSS[$name]} | median)" \
    "${START_TIMES[$name]# }"
done

if [ "$ROUNDS" = 0 ]; then
  exit 0
fi

echo
echo "== Starting the servers, checking their answers and that a session cookie made by one is"
echo "   accepted by the other, warming up"
declare -A PID_OF_SERVER WARM_RSS WARM_PSS
for name in $SERVERS; do
  start_server "$name"
  port=$(port_of "$name")
  base=http://127.0.0.1:$port
  curl -s "$base/" >"$RUN_DIR/$name-index.html"
  for form in "$FORM_DEFAULT" "$FORM_CHEAP"; do
    answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$RUN_DIR/$name.cookies" -d "$form" "$base/auth/login")
    [ "$answer" = "302 $base/" ] || { echo "$name answered '$answer' to a login, not a redirect to /" >&2; exit 1; }
  done
  echo "   $name: index $(wc -c <"$RUN_DIR/$name-index.html") bytes, $(grep -c '<article' "$RUN_DIR/$name-index.html") posts; logins redirect to /"
  for e in $ENDPOINTS; do
    run_wrk "$name" "$e" "$WARMUP" "$RUN_DIR/$name-$e-warmup.txt"
    settle "$STARTED_PID"
  done
  PID_OF_SERVER[$name]=$STARTED_PID
  WARM_RSS[$name]=$(rss_of "$STARTED_PID")
  WARM_PSS[$name]=$(pss_of "$STARTED_PID")
done
# Each server's session cookie, sent to every other server: its index must name the user.
for from in $SERVERS; do
  for to in $SERVERS; do
    [ "$from" = "$to" ] && continue
    page=$(curl -s -b "$RUN_DIR/$from.cookies" "http://127.0.0.1:$(port_of "$to")/")
    if grep -q "Log Out" <<<"$page" && grep -q "<span>$CHEAP_USER</span>" <<<"$page"; then
      echo "   a session cookie of $from logs the user in on $to"
    else
      echo "   a session cookie of $from is NOT accepted by $to" >&2
    fi
  done
done

results="$RUN_DIR/results.tsv"
: >"$results"
for round in $(seq "$ROUNDS"); do
  echo "== Round $round of $ROUNDS ($(cut -d' ' -f1 /proc/loadavg) load)"
  for e in $ENDPOINTS; do
    for name in $SERVERS; do
      log="$RUN_DIR/$name-$e-$round.txt"
      run_wrk "$name" "$e" "$DURATION" "$log"
      settle "${PID_OF_SERVER[$name]}"
      rps=$(awk '/^Requests\/sec:/ {print $2}' "$log")
      p99=$(p99_of "$log")
      if grep -q 'Socket errors' "$log"; then echo "   $name $e: $(grep 'Socket errors' "$log")" >&2; fi
      if grep -q 'Non-2xx' "$log"; then echo "   $name $e: $(grep 'Non-2xx' "$log")" >&2; fi
      printf '%s\t%s\t%s\t%s\t%s\n' "$e" "$name" "$rps" "$round" "$p99" >>"$results"
    done
  done
done
echo
echo "== Memory after the warm-up and the rounds: RSS (gunicorn: master and workers summed) and PSS"
printf '%-14s %14s %14s %14s %14s\n' server "RSS warm MiB" "PSS warm MiB" "RSS end MiB" "PSS end MiB"
for name in $SERVERS; do
  printf '%-14s %14s %14s %14s %14s\n' "$name" "$(mib "${WARM_RSS[$name]}")" "$(mib "${WARM_PSS[$name]}")" \
    "$(mib "$(rss_of "${PID_OF_SERVER[$name]}")")" "$(mib "$(pss_of "${PID_OF_SERVER[$name]}")")"
done
stop_all

echo
echo "== Requests per second: median of $ROUNDS rounds (lowest..highest), median p99 latency in ms;"
echo "   ratio of the medians to Flask's; paired: the median of the per-round ratios (each round's"
echo "   figure over Flask's in the same round), with their lowest and highest"
for e in $ENDPOINTS; do
  echo
  printf '%-12s %-14s %10s %18s %10s %7s %18s\n' endpoint server "req/s" "rounds" "p99 ms" "ratio" "paired"
  for name in $SERVERS; do
    figures() { awk -F'\t' -v e="$e" -v s="$1" -v c="${2:-3}" '$1 == e && $2 == s {print $c}' "$results"; }
    m=$(figures "$name" | median)
    lo=$(figures "$name" | sort -g | head -1)
    hi=$(figures "$name" | sort -g | tail -1)
    p99=$(figures "$name" 5 | median)
    b=$(figures flask | median)
    ratio=$(awk -v m="$m" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", m / b; else print "-" }')
    pairs=$(awk -F'\t' -v e="$e" -v s="$name" '
      $1 == e && $2 == s { mine[$4] = $3 } $1 == e && $2 == "flask" { base[$4] = $3 }
      END { for (r in mine) if (base[r] > 0) print mine[r] / base[r] }' "$results")
    paired=-
    if [ -n "$pairs" ] && [ "$name" != flask ]; then
      paired=$(printf '%.2f (%.2f..%.2f)' "$(echo "$pairs" | median)" \
        "$(echo "$pairs" | sort -g | head -1)" "$(echo "$pairs" | sort -g | tail -1)")
    fi
    fmt='%.0f'; awk -v m="$m" 'BEGIN { exit !(m < 100) }' && fmt='%.1f'
    printf "%-12s %-14s %10s %18s %10s %7s %18s\n" "$e" "$name" "$(printf "$fmt" "$m")" \
      "$(printf "$fmt..$fmt" "$lo" "$hi")" "$p99" "$ratio" "$paired"
  done
done
