#!/usr/bin/env bash
# A/B: the Flaskr index on two jars, alternating, 3 rounds x 8 s after a 5 s warm-up each.
set -u
run() { # jar port
  CARAFE_DATABASE=/tmp/ab.sqlite CARAFE_SECRET_KEY=k java -jar "$1" --port "$2" > /tmp/ab-$2.log 2>&1 &
  echo $!
}
a=$(run /tmp/flaskr-old.jar 18081); b=$(run /work/main/sample-app/target/carafe-sample-app.jar 18082)
for p in 18081 18082; do for i in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:$p/hello && break; sleep 0.5; done; done
for p in 18081 18082; do wrk -t1 -c32 -d5s http://127.0.0.1:$p/ > /dev/null; done
for r in 1 2 3; do for p in 18081 18082; do
  echo "round $r port $p: $(wrk -t1 -c32 -d8s --latency http://127.0.0.1:$p/ | grep -E 'Requests/sec|99%' | tr -s ' ' | tr '\n' ' ')"
done; done
curl -s http://127.0.0.1:18081/ | md5sum; curl -s http://127.0.0.1:18082/ | md5sum
kill $a $b
