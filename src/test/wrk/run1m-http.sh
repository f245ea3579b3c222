#!/bin/bash
# 1M over HTTP: serve -Xmx1g start to first answer, wrk bm25 and hybrid, one upload and one delete.
# Needs a generated corpus ($DATA, default /tmp/gen1m) and an index of it ($INDEX, default /tmp/ix1m;
# see BENCHMARKS.md); leaves the uploaded file in $DATA/.deleted. BACKEND=reference serves the
# plain-Lucene engine, MODES="bm25" skips hybrid, SERVE_ARGS="--no-vectors" for a keyword-only index.
cd "$(dirname "$0")/../../.."   # the project root
JAR=${JAR:-target/jixiao.jar}
DATA=${DATA:-/tmp/gen1m}
INDEX=${INDEX:-/tmp/ix1m}
BACKEND=${BACKEND:-accelerated}
MODES=${MODES:-bm25 hybrid}
# The JIT needs about a minute of load to settle at a million entries (15 s slices after start:
# 264, 374, 473, 523 req/s, session 15), so each mode is warmed that long before it is measured.
WARMUP=${WARMUP:-60}
if curl -s -o /dev/null http://127.0.0.1:7600/; then echo "port 7600 is taken: another server is running"; exit 1; fi
s=$(date +%s%N)
java -Xmx1g -jar $JAR serve --port 7600 --data $DATA --index $INDEX --backend $BACKEND --admin-token t $SERVE_ARGS > /tmp/serve1m.log 2>&1 &
until curl -sf "http://127.0.0.1:7600/api/search?q=%E6%BB%A1%E6%84%8F%E5%BA%A6" >/dev/null; do sleep 0.05; done
e=$(date +%s%N)
echo "first answer after $(( (e-s)/1000000 )) ms"
PID=$(pgrep -f "serve --port 7600")
for mode in $MODES; do
  wrk -t2 -c16 -d${WARMUP}s -s src/test/wrk/search.lua http://127.0.0.1:7600 -- $mode > /dev/null 2>&1
  echo "== wrk $mode"
  wrk -t2 -c16 -d30s --latency -s src/test/wrk/search.lua http://127.0.0.1:7600 -- $mode
done
jcmd $PID GC.heap_info | head -3
echo "== upload one file"
cp $DATA/gen-000123.txt /tmp/upload-one.txt
/usr/bin/time -f "upload wall %e s" curl -s -o /tmp/upload.json -H "Authorization: Bearer t" -F files=@/tmp/upload-one.txt http://127.0.0.1:7600/api/documents
head -c 300 /tmp/upload.json; echo
curl -s http://127.0.0.1:7600/api/health; echo
DOC=$(python3 -c "import json; print(json.load(open('/tmp/upload.json'))['files'][0]['documentId'])")
/usr/bin/time -f "delete wall %e s" curl -s -o /tmp/delete.json -X DELETE -H "Authorization: Bearer t" http://127.0.0.1:7600/api/documents/$DOC
head -c 300 /tmp/delete.json; echo
curl -s http://127.0.0.1:7600/api/health; echo
jcmd $PID GC.heap_info | head -3
ps -o rss= -p $PID
kill $PID
