#!/bin/bash
# HTTP bm25 over wrk: Jixiao's serve and a standalone Solr 9.10.1 node on the same records, taking
# turns (ROUNDS rounds, each 10 s warm-up then 30 s measured, 2 threads × 16 connections).
# usage: src/test/wrk/solr-node.sh DATA INDEX SOLR_HOME
#   DATA, INDEX: the corpus and Jixiao index (built if stale); SOLR_HOME: the Solr home that
#   SolrComparison built from the same DATA (see BENCHMARKS.md, session 15).
cd "$(dirname "$0")/../../.."   # the project root
DATA=$1; INDEX=$2; HOME_DIR=$3; ROUNDS=${ROUNDS:-2}
JAR=${JAR:-target/jixiao.jar}
mvn -q -o test-compile > /dev/null
mvn -q -o -Psolr-node dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/solr-node.classpath > /dev/null
java -Xmx1g -jar $JAR serve --port 7600 --data $DATA --index $INDEX > /tmp/solr-node-serve.log 2>&1 &
JX=$!
java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dsolr.log.level=WARN \
  -cp target/test-classes:target/classes:$(cat target/solr-node.classpath) src/test/wrk/SolrNode.java $HOME_DIR 8983 \
  > /tmp/solr-node.log 2>&1 &
SOLR=$!
until curl -sf "http://127.0.0.1:7600/api/search?q=%E6%BB%A1%E6%84%8F%E5%BA%A6" > /dev/null; do sleep 0.5; done
until curl -sf "http://127.0.0.1:8983/solr/jixiao/select?q=*:*&rows=0" > /dev/null; do sleep 0.5; done
for r in $(seq 1 $ROUNDS); do
  for who in jixiao solr; do
    if [ $who = jixiao ]; then URL=http://127.0.0.1:7600; LUA=src/test/wrk/search.lua; ARGS="-- bm25";
    else URL=http://127.0.0.1:8983; LUA=src/test/wrk/solr-search.lua; ARGS=""; fi
    wrk -t2 -c16 -d10s -s $LUA $URL $ARGS > /dev/null 2>&1
    echo "== round $r $who"
    wrk -t2 -c16 -d30s --latency -s $LUA $URL $ARGS | grep -E 'Requests/sec|errors|50%|99%|Non-2xx'
  done
done
kill $JX $SOLR
wait 2>/dev/null
