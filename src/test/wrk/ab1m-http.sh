#!/bin/bash
# A/B over HTTP at 1M: for each jar given, in turn: serve -Xmx1g, 10 s of warm-up, 30 s of wrk.
# usage: src/test/wrk/ab1m-http.sh /tmp/a.jar /tmp/b.jar=/tmp/ix-b /tmp/a.jar /tmp/b.jar=/tmp/ix-b
# A jar's index is /tmp/ix1m unless given after "=" (jars of different index schemas need their own).
# MODE=hybrid times hybrid instead of bm25. Needs /tmp/gen1m (see BENCHMARKS.md).
cd "$(dirname "$0")/../../.."   # the project root
MODE=${MODE:-bm25}
for arg in "$@"; do
  jar=${arg%%=*}
  index=${arg#*=}
  [ "$index" = "$arg" ] && index=/tmp/ix1m
  java -Xmx1g -jar "$jar" serve --port 7601 --data /tmp/gen1m --index "$index" > /tmp/serve-ab.log 2>&1 &
  until curl -sf "http://127.0.0.1:7601/api/search?q=%E6%BB%A1%E6%84%8F%E5%BA%A6" >/dev/null; do sleep 0.1; done
  PID=$(pgrep -f "serve --port 7601")
  wrk -t2 -c16 -d10s -s src/test/wrk/search.lua http://127.0.0.1:7601 -- $MODE > /dev/null 2>&1
  echo "== $jar $MODE: $(wrk -t2 -c16 -d30s --latency -s src/test/wrk/search.lua http://127.0.0.1:7601 -- $MODE \
    | grep -E 'Requests/sec|errors|99%' | tr '\n' ' ')"
  kill "$PID"; wait "$PID" 2>/dev/null; sleep 1
done
