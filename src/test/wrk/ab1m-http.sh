#!/bin/bash
# A/B of bm25 over HTTP at 1M: for each jar given, in turn: serve -Xmx1g, 10 s of warm-up, 30 s of wrk.
# usage: src/test/wrk/ab1m-http.sh /tmp/a.jar /tmp/b.jar /tmp/a.jar /tmp/b.jar
# Needs /tmp/gen1m and /tmp/ix1m (see BENCHMARKS.md).
cd "$(dirname "$0")/../../.."   # the project root
for jar in "$@"; do
  java -Xmx1g -jar "$jar" serve --port 7601 --data /tmp/gen1m --index /tmp/ix1m > /tmp/serve-ab.log 2>&1 &
  until curl -sf "http://127.0.0.1:7601/api/search?q=%E6%BB%A1%E6%84%8F%E5%BA%A6" >/dev/null; do sleep 0.1; done
  PID=$(pgrep -f "serve --port 7601")
  wrk -t2 -c16 -d10s -s src/test/wrk/search.lua http://127.0.0.1:7601 -- bm25 > /dev/null 2>&1
  echo "== $jar bm25: $(wrk -t2 -c16 -d30s --latency -s src/test/wrk/search.lua http://127.0.0.1:7601 -- bm25 \
    | grep -E 'Requests/sec|errors|99%' | tr '\n' ' ')"
  kill "$PID"; wait "$PID" 2>/dev/null; sleep 1
done
